using ComunidadPyme.Core.Countries;
using ComunidadPyme.Web.Features.Workspace.Common;
using Microsoft.AspNetCore.Mvc;

namespace ComunidadPyme.Web.Features.Workspace.Confirmations;

/// <summary>The "confirm these data are current" box of a section page, with the last confirmation.</summary>
public sealed class SectionConfirmationViewComponent(SectionConfirmationService confirmations) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(ProfileSection section, string returnTo)
    {
        if (ViewData[CountryWorkspaceController.CountryKey] is not WorkspaceCountry country)
        {
            return Content(string.Empty);
        }

        var all = await confirmations.AllAsync(country.Id, HttpContext.RequestAborted);
        return View(new SectionConfirmationBox(country, section, all.GetValueOrDefault(section), returnTo));
    }
}

public sealed record SectionConfirmationBox(
    WorkspaceCountry Country, ProfileSection Section, SectionConfirmationStamp? Last, string ReturnTo);
