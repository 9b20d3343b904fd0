namespace ComunidadPyme.Web.Areas.Identity.Pages.Account.Manage;

public sealed class ChangePasswordInput
{
    public string? OldPassword { get; set; }
    public string? NewPassword { get; set; }
    public string? ConfirmPassword { get; set; }
}
