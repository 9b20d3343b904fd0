namespace ComunidadPyme.Web.Areas.Identity.Pages.Account;

public sealed class ResetPasswordInput
{
    public string? Email { get; set; }
    public string? Password { get; set; }
    public string? ConfirmPassword { get; set; }
    public string? Code { get; set; }
}
