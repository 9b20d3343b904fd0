using ComunidadPyme.Core.Countries;

namespace ComunidadPyme.Web.Features.Workspace.Dashboard;

/// <param name="Count">How many records are concerned (or the latest year, for outdated statistics).</param>
/// <param name="Section">The profile section concerned, for unconfirmed sections.</param>
public sealed record DashboardFinding(FindingKind Kind, string Url, int Count = 0, ProfileSection? Section = null);
