namespace ComunidadPyme.Web.Features.Accounts.Sessions;

/// <summary>Claims the portal adds to a signed-in person's identity.</summary>
public static class PortalClaims
{
    /// <summary>"true" when the account has an authenticator app set up.</summary>
    public const string TwoFactorEnabled = "portal:two-factor";

    public const string DisplayName = "portal:display-name";
}
