namespace ComunidadPyme.Web.Features.Accounts.Invitations;

/// <summary>The invitation page: whose it is, and the form to choose a password (null when the link is not valid).</summary>
public sealed record InvitationView(string? Email, string? DisplayName, AcceptInvitationForm? Form)
{
    public bool IsValid => Form is not null;

    public static readonly InvitationView Invalid = new(null, null, null);
}
