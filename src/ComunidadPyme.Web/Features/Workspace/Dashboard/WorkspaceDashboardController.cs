using ComunidadPyme.Web.Features.Workspace.Common;
using ComunidadPyme.Web.Localization;
using Microsoft.AspNetCore.Mvc;

namespace ComunidadPyme.Web.Features.Workspace.Dashboard;

[Route("{lang:lang}/workspace/{iso2:length(2)}")]
public sealed class WorkspaceDashboardController(DashboardService dashboard) : CountryWorkspaceController
{
    [HttpGet("")]
    [ReadableByCountryReaders]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await dashboard.BuildAsync(Country, SupportedCultures.Current, cancellationToken));
}
