namespace ComunidadPyme.Web.Areas.Identity.Pages.Account.Manage;

public sealed class ProfileInput
{
    public string? DisplayName { get; set; }
    public string? PreferredLanguage { get; set; }
}
