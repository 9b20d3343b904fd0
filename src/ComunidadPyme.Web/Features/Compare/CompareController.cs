using ComunidadPyme.Web.Infrastructure.Caching;
using ComunidadPyme.Web.Infrastructure.Exports;
using ComunidadPyme.Web.Localization;
using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Compare;

/// <summary>
/// Compares one indicator across countries and years. Whatever the address holds, the page answers: each
/// problem gets a message and the comparison falls back to sensible choices.
/// </summary>
[Route("{lang:lang}/compare")]
public sealed class CompareController(
    ComparePageService compare,
    IValidator<CompareRequest> validator,
    IStringLocalizer<CompareResource> text) : Controller
{
    [HttpGet("")]
    [OutputCache(PolicyName = PublicCache.SharedPage)]
    public async Task<IActionResult> Index([FromQuery] CompareQuery query, CancellationToken cancellationToken)
    {
        var language = SupportedCultures.Current;
        var catalogue = await compare.LoadCatalogueAsync(language, cancellationToken);
        var validation = await validator.ValidateAsync(new CompareRequest(query, catalogue), cancellationToken);
        validation.AddToModelState(ModelState);
        var selection = compare.Resolve(query, catalogue);
        return View(await compare.BuildAsync(selection, catalogue, cancellationToken));
    }

    [HttpGet("data.csv")]
    [OutputCache(PolicyName = PublicCache.SharedPage)]
    public Task<IActionResult> Csv([FromQuery] CompareQuery query, CancellationToken cancellationToken) =>
        DownloadAsync(query, ExportFormat.Csv, cancellationToken);

    [HttpGet("data.xlsx")]
    [OutputCache(PolicyName = PublicCache.SharedPage)]
    public Task<IActionResult> Xlsx([FromQuery] CompareQuery query, CancellationToken cancellationToken) =>
        DownloadAsync(query, ExportFormat.Xlsx, cancellationToken);

    private async Task<IActionResult> DownloadAsync(CompareQuery query, ExportFormat format, CancellationToken cancellationToken)
    {
        var catalogue = await compare.LoadCatalogueAsync(SupportedCultures.Current, cancellationToken);
        var selection = compare.Resolve(query, catalogue);
        var table = await compare.LoadTableAsync(selection, cancellationToken);
        var data = CompareTableExport.ToTabularData(selection, table, text["Country"]);
        var (content, contentType, extension) = TabularExporter.Write(data, format);
        return File(content, contentType, $"{data.Name}.{extension}");
    }
}
