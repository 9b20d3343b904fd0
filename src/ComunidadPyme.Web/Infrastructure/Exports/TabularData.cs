namespace ComunidadPyme.Web.Infrastructure.Exports;

/// <summary>A table to download: exactly the columns and rows a page shows, in one sheet.</summary>
public sealed record TabularData(string Name, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<object?>> Rows);
