using System.Text;
using ComunidadPyme.Web.Features.OpenData.Tables;

namespace ComunidadPyme.Web.Features.OpenData;

/// <summary>
/// Builds the open-data page. Every file is generated to state its exact size; the page is output-cached,
/// and the whole data set is small (a few thousand rows), so this costs little.
/// </summary>
public sealed class OpenDataPageService(OpenDataTables tables, OpenDataFiles files, OpenDataCatalogue catalogue, LinkGenerator links)
{
    // A file's name carries the indicator's code as the code spells it ("MSME_COUNT.csv").
    private static readonly LinkOptions KeepCase = new() { LowercaseUrls = false };

    public async Task<OpenDataPageViewModel> BuildAsync(string language, HttpContext http, CancellationToken cancellationToken)
    {
        var observations = await tables.ObservationsAsync(null, cancellationToken);
        var package = await files.PackageTablesAsync(observations, cancellationToken);
        using var zip = new MemoryStream();
        await OpenDataFiles.WritePackageAsync(package, zip, cancellationToken);
        var packageUpdated = OpenDataTable.Latest(package.Where(t => t.UpdatedUtc is not null).Select(t => t.UpdatedUtc!.Value));

        var sdmx = package.Single(t => t.FileName == SdmxObservationTable.FileName);
        var catalogueJson = (await catalogue.BuildAsync(http, cancellationToken)).ToJsonString();

        var byIndicator = observations.ToLookup(o => o.IndicatorCode);
        var indicators = (await tables.CatalogueAsync(cancellationToken))
            .Select(indicator =>
            {
                var rows = byIndicator[indicator.Code].ToList();
                var csv = OpenDataFiles.ForIndicator(indicator.Code, rows);
                var indicatorSdmx = SdmxObservationTable.Build(OpenDataFiles.SdmxFileName(indicator.Code), rows);
                return new IndicatorDownloads(
                    indicator.Code, indicator.Name.In(language), rows.Count, rows.Any(r => r.IsSample),
                    File(Download(http, nameof(DownloadsController.Indicator), new { fileName = csv.FileName }), "CSV", csv),
                    File(Download(http, nameof(DownloadsController.Indicator), new { fileName = indicatorSdmx.FileName }), "SDMX-CSV", indicatorSdmx));
            })
            .ToList();

        return new OpenDataPageViewModel(
            new DownloadFile(Download(http, nameof(DownloadsController.Package)), "ZIP", zip.Length, packageUpdated),
            package.Select(t => new PackageEntry(t.FileName, t.Rows.Count))
                .Append(new PackageEntry(OpenDataFiles.ReadmeFileName, 0)).ToList(),
            File(Download(http, nameof(DownloadsController.Sdmx)), "SDMX-CSV", sdmx),
            new DownloadFile(Download(http, nameof(DownloadsController.Catalogue)), "JSON-LD (DCAT)", Encoding.UTF8.GetByteCount(catalogueJson), packageUpdated),
            indicators,
            package.Any(t => t.HasSampleRows()));
    }

    private string Download(HttpContext http, string action, object? values = null) =>
        links.GetPathByAction(http, action, "Downloads", values, options: KeepCase)
        ?? throw new InvalidOperationException($"The download {action} has no route.");

    private static DownloadFile File(string url, string format, OpenDataTable table) =>
        new(url, format, table.ToCsv().LongLength, table.UpdatedUtc);
}
