namespace ComunidadPyme.Web.Areas.Identity.Pages.Account;

/// <summary>The sign-in form. Nullable, so that an empty field gets the portal's own message, not MVC's.</summary>
public sealed class LoginInput
{
    public string? Email { get; set; }
    public string? Password { get; set; }
}
