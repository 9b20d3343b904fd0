namespace ComunidadPyme.Infrastructure.Data.Seeding;

/// <summary>
/// A set of reference data (member states, authorities, definitions, laws, corrections) applied to this
/// database once, so that an installation created before a release receives it on its next start, and a
/// record an administrator or focal point later deleted or edited is not brought back.
/// </summary>
public class ReferenceDataRelease
{
    /// <summary>The release's name, e.g. "2026-12-profiles".</summary>
    public string Id { get; set; } = string.Empty;

    public DateTime AppliedAtUtc { get; set; }
}
