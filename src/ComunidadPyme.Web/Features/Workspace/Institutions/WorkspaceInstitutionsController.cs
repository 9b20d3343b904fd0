using ComunidadPyme.Web.Features.Common;
using ComunidadPyme.Web.Features.Workspace.Common;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Workspace.Institutions;

[Route("{lang:lang}/workspace/{iso2:length(2)}/institutions")]
public sealed class WorkspaceInstitutionsController(
    InstitutionEditor editor, IValidator<InstitutionForm> validator, IStringLocalizer<EditingResource> text)
    : CountryRecordsController<InstitutionForm>(editor, validator, text)
{
    [HttpGet("")]
    [ReadableByCountryReaders]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await editor.ListAsync(Country.Id, cancellationToken));
}
