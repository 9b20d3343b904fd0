namespace ComunidadPyme.Web.Features.Compare;

/// <summary>One country of the table: a cell per year of the range, null where it has no figure.</summary>
public sealed record CompareRow(string Iso2, string Name, IReadOnlyList<CompareCell?> Cells)
{
    public bool IsSample => Cells.Any(c => c?.IsSample == true);

    /// <summary>The newest figure in the range, which colours the map.</summary>
    public (CompareCell Cell, int Index)? Latest =>
        Cells.Select((cell, index) => (cell, index)).LastOrDefault(c => c.cell is not null) is { cell: { } latest } found
            ? (latest, found.index)
            : null;
}
