using ComunidadPyme.Core.Security;

namespace ComunidadPyme.Infrastructure.Data.Seeding;

/// <summary>
/// Development-only accounts, documented in the README. Never created outside Development, so these
/// well-known passwords cannot open a production portal.
/// </summary>
public static class SampleAccounts
{
    public static readonly IReadOnlyList<SampleAccount> All =
    [
        new("admin@example.org", "Sample Administrator", Roles.Administrator, "Sample admin password 2026", []),
        new("reviewer@example.org", "Sample Reviewer", Roles.Reviewer, "Sample reviewer password 2026", []),
        new("focal.br@example.org", "Sample Focal Point (Brazil)", Roles.FocalPoint, "Sample focal point password BR", ["BR"]),
        new("focal.mx@example.org", "Sample Focal Point (Mexico)", Roles.FocalPoint, "Sample focal point password MX", ["MX"]),
    ];
}

public sealed record SampleAccount(
    string Email, string DisplayName, string Role, string Password, IReadOnlyList<string> CountryIso2);
