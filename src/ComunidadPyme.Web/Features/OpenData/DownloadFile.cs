namespace ComunidadPyme.Web.Features.OpenData;

/// <summary>A file offered on the open-data page: where to get it, its format, size and latest change.</summary>
public sealed record DownloadFile(string Url, string Format, long SizeBytes, DateTime? UpdatedUtc);
