namespace ComunidadPyme.Web.Features.OpenData;

/// <summary>The two files of one indicator, with its name in the visitor's language.</summary>
public sealed record IndicatorDownloads(
    string Code, string Name, int ValueCount, bool HasSampleData, DownloadFile Csv, DownloadFile Sdmx);
