using ComunidadPyme.Web.Features.Api;
using ComunidadPyme.Web.Features.OpenData.Tables;
using ComunidadPyme.Web.Infrastructure.Caching;
using ComunidadPyme.Web.Infrastructure.Exports;
using Microsoft.AspNetCore.Cors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace ComunidadPyme.Web.Features.OpenData;

/// <summary>The bulk files and the DCAT catalogue. They have no language prefix: their content is the same in every language.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
[EnableCors(OpenDataApiServices.CorsPolicy)]
[OutputCache(PolicyName = PublicCache.SharedPage)]
public sealed class DownloadsController(OpenDataFiles files, OpenDataCatalogue catalogue) : Controller
{
    [HttpGet("/downloads/indicators/{fileName}")]
    public async Task<IActionResult> Indicator(string fileName, CancellationToken cancellationToken)
    {
        var table = await files.IndicatorFileAsync(fileName, cancellationToken);
        return table is null ? NotFound() : Csv(table);
    }

    [HttpGet("/downloads/" + SdmxObservationTable.FileName)]
    public async Task<IActionResult> Sdmx(CancellationToken cancellationToken) =>
        Csv(await files.SdmxCsvAsync(cancellationToken));

    [HttpGet("/downloads/" + OpenDataFiles.PackageFileName)]
    public async Task Package(CancellationToken cancellationToken)
    {
        var tables = await files.PackageTablesAsync(cancellationToken);
        Response.ContentType = "application/zip";
        Response.Headers.ContentDisposition =
            new ContentDispositionHeaderValue("attachment") { FileName = OpenDataFiles.PackageFileName }.ToString();
        await OpenDataFiles.WritePackageAsync(tables, Response.Body, cancellationToken);
    }

    [HttpGet("/catalog.jsonld")]
    public async Task<IActionResult> Catalogue(CancellationToken cancellationToken)
    {
        var json = await catalogue.BuildAsync(HttpContext, cancellationToken);
        return Content(json.ToJsonString(), OpenDataCatalogue.ContentType);
    }

    private FileContentResult Csv(OpenDataTable table)
    {
        var file = File(table.ToCsv(), TabularExporter.CsvContentType, table.FileName);
        file.LastModified = table.UpdatedUtc is { } updated ? new DateTimeOffset(updated, TimeSpan.Zero) : null;
        return file;
    }
}
