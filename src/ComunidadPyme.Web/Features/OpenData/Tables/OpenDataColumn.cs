namespace ComunidadPyme.Web.Features.OpenData.Tables;

/// <summary>A column of a download, with the description the README gives it.</summary>
public sealed record OpenDataColumn(string Name, string Description);
