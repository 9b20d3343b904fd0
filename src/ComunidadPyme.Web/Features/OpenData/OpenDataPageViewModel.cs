namespace ComunidadPyme.Web.Features.OpenData;

public sealed record OpenDataPageViewModel(
    DownloadFile Package,
    IReadOnlyList<PackageEntry> PackageContents,
    DownloadFile Sdmx,
    DownloadFile Catalogue,
    IReadOnlyList<IndicatorDownloads> Indicators,
    bool HasSampleData);

/// <summary>The two files of one indicator, with its name in the visitor's language.</summary>
public sealed record IndicatorDownloads(
    string Code, string Name, int ValueCount, bool HasSampleData, DownloadFile Csv, DownloadFile Sdmx);

/// <summary>A file offered on the open-data page: its address (from routing, under the path base), format, size and latest change.</summary>
public sealed record DownloadFile(string Url, string Format, long SizeBytes, DateTime? UpdatedUtc);

/// <summary>A file inside the ZIP and how many rows it has.</summary>
public sealed record PackageEntry(string FileName, int RowCount);
