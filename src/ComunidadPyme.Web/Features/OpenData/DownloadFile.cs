namespace ComunidadPyme.Web.Features.OpenData;

/// <summary>A file offered on the open-data page: where to get it, its format, size and latest change.</summary>
/// <summary>A file offered for download; <c>Url</c> is application-relative (~/…), resolved against the path base by the view.</summary>
public sealed record DownloadFile(string Url, string Format, long SizeBytes, DateTime? UpdatedUtc);
