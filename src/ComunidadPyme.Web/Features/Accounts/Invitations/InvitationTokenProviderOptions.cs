using Microsoft.AspNetCore.Identity;

namespace ComunidadPyme.Web.Features.Accounts.Invitations;

/// <summary>An invitation link stays valid for three days, longer than a password-reset link.</summary>
public sealed class InvitationTokenProviderOptions : DataProtectionTokenProviderOptions
{
    public const string ProviderName = "Invitation";
    public const string Purpose = "AcceptInvitation";

    public InvitationTokenProviderOptions()
    {
        Name = ProviderName;
        TokenLifespan = TimeSpan.FromDays(3);
    }
}
