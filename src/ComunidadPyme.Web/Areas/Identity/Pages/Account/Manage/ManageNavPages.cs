namespace ComunidadPyme.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>Names of the account pages, so the menu can mark the current one.</summary>
public static class ManageNavPages
{
    public const string Key = "ActivePage";
    public const string Index = nameof(Index);
    public const string ChangePassword = nameof(ChangePassword);
    public const string TwoFactorAuthentication = nameof(TwoFactorAuthentication);
}
