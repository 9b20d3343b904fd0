using ComunidadPyme.Web.Features.Common;
using ComunidadPyme.Web.Features.Workspace.Common;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Workspace.Definitions;

[Route("{lang:lang}/workspace/{iso2:length(2)}/definitions")]
public sealed class WorkspaceDefinitionsController(
    DefinitionEditor editor, IValidator<DefinitionForm> validator, IStringLocalizer<EditingResource> text)
    : CountryRecordsController<DefinitionForm>(editor, validator, text)
{
    [HttpGet("")]
    [ReadableByCountryReaders]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await editor.ListAsync(Country.Id, cancellationToken));
}
