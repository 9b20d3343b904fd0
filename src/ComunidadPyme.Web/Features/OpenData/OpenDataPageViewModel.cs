namespace ComunidadPyme.Web.Features.OpenData;

public sealed record OpenDataPageViewModel(
    DownloadFile Package,
    IReadOnlyList<PackageEntry> PackageContents,
    DownloadFile Sdmx,
    DownloadFile Catalogue,
    IReadOnlyList<IndicatorDownloads> Indicators,
    bool HasSampleData);
