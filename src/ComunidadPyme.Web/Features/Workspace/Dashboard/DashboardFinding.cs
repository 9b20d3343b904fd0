using ComunidadPyme.Core.Countries;

namespace ComunidadPyme.Web.Features.Workspace.Dashboard;

/// <param name="Count">How many records are concerned (or the latest year, for outdated statistics).</param>
/// <param name="Sections">The profile sections concerned, for unconfirmed sections.</param>
public sealed record DashboardFinding(FindingKind Kind, string Url, int Count = 0, IReadOnlyList<ProfileSection>? Sections = null);
