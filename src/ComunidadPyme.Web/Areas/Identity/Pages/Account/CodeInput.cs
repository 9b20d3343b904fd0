namespace ComunidadPyme.Web.Areas.Identity.Pages.Account;

/// <summary>A code typed at sign-in: from the authenticator app, or a recovery code.</summary>
public sealed class CodeInput
{
    public string? Code { get; set; }
}
