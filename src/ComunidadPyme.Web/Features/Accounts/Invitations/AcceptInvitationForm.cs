namespace ComunidadPyme.Web.Features.Accounts.Invitations;

/// <summary>What an invited person posts to choose their password; the link's user and token come back hidden.</summary>
public sealed class AcceptInvitationForm
{
    public string? User { get; set; }
    public string? Token { get; set; }
    public string? Password { get; set; }
    public string? ConfirmPassword { get; set; }
}
