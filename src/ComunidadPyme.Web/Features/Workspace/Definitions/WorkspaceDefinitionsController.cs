using ComunidadPyme.Web.Features.Workspace.Common;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace ComunidadPyme.Web.Features.Workspace.Definitions;

[Route("{lang:lang}/workspace/{iso2:length(2)}/definitions")]
public sealed class WorkspaceDefinitionsController(DefinitionEditor editor, IValidator<DefinitionForm> validator)
    : CountryRecordsController<DefinitionForm>(editor, validator)
{
    protected override string Section => WorkspaceSections.Definitions;

    protected override string TitleOf(EditorPage<DefinitionForm> page) => page.RecordTitle ?? string.Empty;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await editor.ListAsync(Country.Id, cancellationToken));
}
