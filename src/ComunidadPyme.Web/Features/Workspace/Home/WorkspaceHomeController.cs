using ComunidadPyme.Core.Security;
using ComunidadPyme.Web.Features.Workspace.Common;
using ComunidadPyme.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ComunidadPyme.Web.Features.Workspace.Home;

/// <summary>
/// The workspace's entrance: the countries the person may open, those they may only read (reviewers) marked as
/// such; a focal point of one country goes straight to it.
/// </summary>
[Authorize(Policy = Policies.Workspace)]
[Route("{lang:lang}/workspace")]
public sealed class WorkspaceHomeController(
    WorkspaceCountryDirectory countries, Problems.ProblemTicketService problems, WorkspaceUrls urls) : Controller
{
    public const string OpenProblemsKey = "OpenProblems";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var lang = SupportedCultures.Current;
        var openable = await countries.OpenableByAsync(User, lang, cancellationToken);
        if (openable.Count == 1 && !User.IsInRole(Roles.Administrator))
        {
            return Redirect(urls.Country(lang, openable[0].Country.Iso2));
        }

        // OAS staff follow the problems visitors reported, country by country.
        ViewData[OpenProblemsKey] = await problems.OpenCountsAsync(cancellationToken);
        return View(openable);
    }
}
