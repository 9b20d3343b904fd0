using System.IO.Compression;
using System.Text;
using ComunidadPyme.Web.Features.OpenData.Tables;

namespace ComunidadPyme.Web.Features.OpenData;

/// <summary>Builds the downloadable files of the open data set from the tables.</summary>
public sealed class OpenDataFiles(OpenDataTables tables)
{
    public const string PackageFileName = "comunidad-pyme-data.zip";
    public const string ReadmeFileName = "README.txt";
    private const string CsvExtension = ".csv";
    private const string SdmxExtension = ".sdmx.csv";

    /// <summary>
    /// One indicator's values for every country and period, as "{CODE}.csv" or "{CODE}.sdmx.csv"; null when
    /// the name is neither or there is no such indicator.
    /// </summary>
    public async Task<OpenDataTable?> IndicatorFileAsync(string fileName, CancellationToken cancellationToken)
    {
        var isSdmx = fileName.EndsWith(SdmxExtension, StringComparison.OrdinalIgnoreCase);
        if (!isSdmx && !fileName.EndsWith(CsvExtension, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var code = fileName[..^(isSdmx ? SdmxExtension.Length : CsvExtension.Length)];
        var indicator = (await tables.CatalogueAsync(cancellationToken))
            .FirstOrDefault(i => string.Equals(i.Code, code, StringComparison.OrdinalIgnoreCase));
        if (indicator is null)
        {
            return null;
        }

        var rows = await tables.ObservationsAsync(indicator.Code, cancellationToken);
        return isSdmx ? SdmxObservationTable.Build(SdmxFileName(indicator.Code), rows) : ForIndicator(indicator.Code, rows);
    }

    public static string CsvFileName(string indicatorCode) => indicatorCode + CsvExtension;

    public static string SdmxFileName(string indicatorCode) => indicatorCode + SdmxExtension;

    public async Task<OpenDataTable> SdmxCsvAsync(CancellationToken cancellationToken) =>
        SdmxObservationTable.Build(SdmxObservationTable.FileName, await tables.ObservationsAsync(null, cancellationToken));

    /// <summary>Every table of the package, reading the observations only once.</summary>
    public async Task<IReadOnlyList<OpenDataTable>> PackageTablesAsync(CancellationToken cancellationToken) =>
        await PackageTablesAsync(await tables.ObservationsAsync(null, cancellationToken), cancellationToken);

    public async Task<IReadOnlyList<OpenDataTable>> PackageTablesAsync(
        IReadOnlyList<DownloadObservation> observations, CancellationToken cancellationToken) =>
        [
            await tables.CountriesAsync(cancellationToken),
            await tables.IndicatorsAsync(cancellationToken),
            ObservationTable.Build("observations.csv", "Indicator values of every country and period.", observations),
            await tables.LegalInstrumentsAsync(cancellationToken),
            await tables.ProgrammesAsync(cancellationToken),
            await tables.DefinitionsAsync(cancellationToken),
            SdmxObservationTable.Build(SdmxObservationTable.FileName, observations),
        ];

    public static OpenDataTable ForIndicator(string code, IReadOnlyList<DownloadObservation> rows) =>
        ObservationTable.Build(CsvFileName(code), $"Values of the indicator {code} for every country and period.", rows);

    /// <summary>Writes the ZIP entry by entry, so the response starts before the whole archive exists.</summary>
    public static async Task WritePackageAsync(IReadOnlyList<OpenDataTable> tables, Stream output, CancellationToken cancellationToken)
    {
        var updated = OpenDataTable.Latest(tables.Where(t => t.UpdatedUtc is not null).Select(t => t.UpdatedUtc!.Value));
        // ZIP dates cannot be earlier than 1980; a set without stamped records carries the date it was built.
        var entryDate = new DateTimeOffset(updated ?? DateTime.UtcNow, TimeSpan.Zero);
        await using var buffer = new ZipOutputBuffer();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var table in tables)
            {
                AddEntry(archive, table.FileName, table.ToCsv(), entryDate);
                await buffer.SendAsync(output, cancellationToken);
            }

            AddEntry(archive, ReadmeFileName, Encoding.UTF8.GetBytes(OpenDataReadme.Build(tables, updated)), entryDate);
        }

        await buffer.SendAsync(output, cancellationToken);
    }

    private static void AddEntry(ZipArchive archive, string name, byte[] content, DateTimeOffset lastWrite)
    {
        var entry = archive.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = lastWrite;
        using var stream = entry.Open();
        stream.Write(content);
    }
}
