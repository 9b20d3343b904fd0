namespace ComunidadPyme.Web.Features.Progress;

/// <summary>A country's accepted reports in one cycle, one cell per principle it reported on.</summary>
public sealed record ProgressMatrixRow(string Iso2, string CountryName, IReadOnlyList<ProgressCell> Cells)
{
    public ProgressCell? CellFor(PrincipleColumn column) =>
        Cells.FirstOrDefault(c => c.Kind == column.Kind && c.Number == column.Number);

    public bool HasSampleData => Cells.Any(c => c.IsSample);
}
