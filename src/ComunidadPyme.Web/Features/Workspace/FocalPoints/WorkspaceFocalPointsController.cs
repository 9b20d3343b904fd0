using ComunidadPyme.Web.Features.Common;
using ComunidadPyme.Web.Features.Workspace.Common;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Workspace.FocalPoints;

[Route("{lang:lang}/workspace/{iso2:length(2)}/focal-points")]
public sealed class WorkspaceFocalPointsController(
    FocalPointEditor editor, IValidator<FocalPointForm> validator, IStringLocalizer<EditingResource> text)
    : CountryRecordsController<FocalPointForm>(editor, validator, text)
{
    [HttpGet("")]
    [ReadableByCountryReaders]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await editor.ListAsync(Country.Id, cancellationToken));
}
