using ComunidadPyme.Web.Features.Workspace.Common;
using ComunidadPyme.Web.Infrastructure;
using ComunidadPyme.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Workspace.Confirmations;

[Route("{lang:lang}/workspace/{iso2:length(2)}/confirm")]
public sealed class WorkspaceConfirmationsController(
    SectionConfirmationService confirmations, WorkspaceUrls urls, WorkspaceText<WorkspaceConfirmationsResource> l) : CountryWorkspaceController
{
    private static readonly HashSet<string> s_returnSections =
    [
        WorkspaceSections.Profile, WorkspaceSections.Institutions, WorkspaceSections.FocalPoints, WorkspaceSections.Definitions,
        WorkspaceSections.Laws, WorkspaceSections.Programmes, WorkspaceSections.Progress, WorkspaceSections.Observations,
    ];

    [HttpPost("{section}")]
    public async Task<IActionResult> Confirm(string section, [FromForm] string? returnTo, CancellationToken cancellationToken)
    {
        if (!SectionSlugs.TryParse(section, out var profileSection))
        {
            return NotFound();
        }

        await confirmations.ConfirmAsync(Country.Id, profileSection, cancellationToken);
        TempData.SetStatusMessage(l["Thank you: the section is marked as current today."]);

        // Only the workspace's own sections, never an address from the form, so this cannot redirect elsewhere.
        return Redirect(returnTo is not null && s_returnSections.Contains(returnTo)
            ? urls.Section(SupportedCultures.Current, Country.Iso2, returnTo)
            : urls.Country(SupportedCultures.Current, Country.Iso2));
    }
}
