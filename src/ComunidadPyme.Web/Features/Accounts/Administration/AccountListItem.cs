namespace ComunidadPyme.Web.Features.Accounts.Administration;

/// <summary>One account in the administrators' list.</summary>
public sealed record AccountListItem(
    string Id,
    string DisplayName,
    string Email,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> Countries,
    DateTime? LastSignInAtUtc,
    bool TwoFactorEnabled,
    bool IsDisabled,
    bool InvitationPending);
