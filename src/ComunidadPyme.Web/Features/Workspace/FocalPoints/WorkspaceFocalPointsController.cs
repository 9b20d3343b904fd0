using ComunidadPyme.Web.Features.Workspace.Common;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace ComunidadPyme.Web.Features.Workspace.FocalPoints;

[Route("{lang:lang}/workspace/{iso2:length(2)}/focal-points")]
public sealed class WorkspaceFocalPointsController(FocalPointEditor editor, IValidator<FocalPointForm> validator)
    : CountryRecordsController<FocalPointForm>(editor, validator)
{
    protected override string Section => WorkspaceSections.FocalPoints;

    protected override string TitleOf(EditorPage<FocalPointForm> page) => page.RecordTitle ?? string.Empty;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await editor.ListAsync(Country.Id, cancellationToken));
}
