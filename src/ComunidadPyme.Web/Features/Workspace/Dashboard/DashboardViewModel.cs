using ComunidadPyme.Web.Features.Workspace.Common;

namespace ComunidadPyme.Web.Features.Workspace.Dashboard;

public sealed record DashboardViewModel(
    WorkspaceCountry Country,
    IReadOnlyList<DashboardFinding> Findings,
    IReadOnlyList<SectionStatus> Sections,
    IReadOnlyList<RecentChange> RecentChanges,
    IReadOnlyDictionary<string, int> Counts);
