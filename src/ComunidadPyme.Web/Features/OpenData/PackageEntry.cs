namespace ComunidadPyme.Web.Features.OpenData;

/// <summary>A file inside the ZIP and how many rows it has.</summary>
public sealed record PackageEntry(string FileName, int RowCount);
