using ComunidadPyme.Web.Features.Common;
using ComunidadPyme.Web.Localization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.IndicatorCatalogue;

/// <summary>The administrators' indicator catalogue: the list, and the shared add and edit pages.</summary>
[Route("{lang:lang}/admin/indicators")]
public sealed class IndicatorCatalogueController(
    IndicatorEditor editor, IValidator<IndicatorForm> validator, IStringLocalizer<EditingResource> text,
    IStringLocalizer<IndicatorCatalogueResource> l)
    : AdminRecordsController<int, IndicatorForm>(editor, validator, text)
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await editor.ListAsync(SupportedCultures.Current, cancellationToken));

    protected override string SavedMessage(IndicatorForm form, EditorPage<IndicatorForm> page) => page.Id is null
        ? l["The indicator {0} was added to the catalogue.", form.Code!]
        : l["The indicator {0} was saved.", form.Code!];
}
