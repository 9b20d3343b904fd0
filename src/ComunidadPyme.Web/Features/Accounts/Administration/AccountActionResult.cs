namespace ComunidadPyme.Web.Features.Accounts.Administration;

/// <summary>How an administrator's action on an account ended.</summary>
public enum AccountActionResult
{
    Done,
    NotFound,
    NotOnOwnAccount,
    EmailNotSent,
}
