using ComunidadPyme.Web.Features.Workspace.Common;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace ComunidadPyme.Web.Features.Workspace.Programmes;

[Route("{lang:lang}/workspace/{iso2:length(2)}/programmes")]
public sealed class WorkspaceProgrammesController(ProgrammeEditor editor, IValidator<ProgrammeForm> validator)
    : CountryRecordsController<ProgrammeForm>(editor, validator)
{
    protected override string Section => WorkspaceSections.Programmes;

    protected override string TitleOf(EditorPage<ProgrammeForm> page) => page.RecordTitle ?? string.Empty;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await editor.ListAsync(Country.Id, cancellationToken));
}
