using ComunidadPyme.Web.Features.Common;
using ComunidadPyme.Web.Features.Workspace.Common;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Workspace.Programmes;

[Route("{lang:lang}/workspace/{iso2:length(2)}/programmes")]
public sealed class WorkspaceProgrammesController(
    ProgrammeEditor editor, IValidator<ProgrammeForm> validator, IStringLocalizer<EditingResource> text)
    : CountryRecordsController<ProgrammeForm>(editor, validator, text)
{
    [HttpGet("")]
    [ReadableByCountryReaders]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await editor.ListAsync(Country.Id, cancellationToken));
}
