using ComunidadPyme.Web.Features.Workspace.Common;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace ComunidadPyme.Web.Features.Workspace.Institutions;

[Route("{lang:lang}/workspace/{iso2:length(2)}/institutions")]
public sealed class WorkspaceInstitutionsController(InstitutionEditor editor, IValidator<InstitutionForm> validator)
    : CountryRecordsController<InstitutionForm>(editor, validator)
{
    protected override string Section => WorkspaceSections.Institutions;

    protected override string TitleOf(EditorPage<InstitutionForm> page) => page.RecordTitle ?? string.Empty;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await editor.ListAsync(Country.Id, cancellationToken));
}
