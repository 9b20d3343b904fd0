using ComunidadPyme.Core.Security;
using ComunidadPyme.Web.Features.Workspace.Common;
using ComunidadPyme.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ComunidadPyme.Web.Features.Workspace.Home;

/// <summary>The workspace's entrance: the countries the person may edit; a focal point of one country goes straight to it.</summary>
[Authorize(Policy = Policies.Workspace)]
[Route("{lang:lang}/workspace")]
public sealed class WorkspaceHomeController(WorkspaceCountryDirectory countries, WorkspaceUrls urls) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var lang = SupportedCultures.Current;
        var editable = await countries.EditableByAsync(User, lang, cancellationToken);
        if (editable.Count == 1 && !User.IsInRole(Roles.Administrator))
        {
            return Redirect(urls.Country(lang, editable[0].Iso2));
        }

        return View(editable);
    }
}
