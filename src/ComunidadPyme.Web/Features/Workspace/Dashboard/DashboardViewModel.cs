using ComunidadPyme.Core.Auditing;
using ComunidadPyme.Core.Countries;
using ComunidadPyme.Web.Features.Workspace.Common;
using ComunidadPyme.Web.Features.Workspace.Confirmations;
using ComunidadPyme.Web.Features.Workspace.Review.Freshness;

namespace ComunidadPyme.Web.Features.Workspace.Dashboard;

public sealed record DashboardViewModel(
    WorkspaceCountry Country,
    IReadOnlyList<DashboardFinding> Findings,
    IReadOnlyList<SectionStatus> Sections,
    IReadOnlyList<RecentChange> RecentChanges,
    IReadOnlyDictionary<string, int> Counts);

/// <param name="Count">How many records are concerned (or the latest year, for outdated statistics).</param>
/// <param name="Sections">The profile sections concerned, for unconfirmed sections.</param>
public sealed record DashboardFinding(FindingKind Kind, string Url, int Count = 0, IReadOnlyList<ProfileSection>? Sections = null);

/// <summary>Something missing or stale in a country's profile, as the dashboard lists it.</summary>
public enum FindingKind
{
    NoPolicyOverview = 1,
    NoInstitutions = 2,
    NoFocalPoints = 3,
    FocalPointsNotConfirmed = 4,
    NoDefinitionInForce = 5,
    LawsWithoutSummary = 6,
    LawsWithoutOfficialText = 7,
    ProgrammesEnded = 8,
    ReportsReturned = 9,
    ReportsInDraft = 10,
    PrinciplesWithoutReport = 11,
    NoStatistics = 12,
    StatisticsOutdated = 13,
    SectionsNotConfirmed = 14,
}

/// <summary>
/// A profile section on the dashboard: its last confirmation and how it stands under the rules of
/// <see cref="Freshness.StateOf"/>, judged by the same reader as the OAS freshness page, so both always agree.
/// </summary>
public sealed record SectionStatus(ProfileSection Section, string Url, SectionConfirmationStamp? Last, PartFreshness Freshness)
{
    public bool IsStale => Freshness.NeedsAttention;
}

public sealed record RecentChange(
    DateTime AtUtc, string? UserName, AuditAction Action, string EntityType, int EntityId, IReadOnlyList<string> Fields);
