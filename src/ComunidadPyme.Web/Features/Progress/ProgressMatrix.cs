using ComunidadPyme.Core.Principles;

namespace ComunidadPyme.Web.Features.Progress;

/// <summary>The public progress view: the accepted reports of one cycle, countries by principles.</summary>
public sealed record ProgressMatrix(
    CycleChoice? Cycle,
    IReadOnlyList<CycleChoice> Cycles,
    IReadOnlyList<PrincipleColumn> Columns,
    IReadOnlyList<ProgressMatrixRow> Rows)
{
    public bool HasSampleData => Rows.Any(r => r.HasSampleData);
}

/// <summary>A country's accepted reports in one cycle, one cell per principle it reported on.</summary>
public sealed record ProgressMatrixRow(string Iso2, string CountryName, IReadOnlyList<ProgressCell> Cells)
{
    public ProgressCell? CellFor(PrincipleColumn column) =>
        Cells.FirstOrDefault(c => c.Kind == column.Kind && c.Number == column.Number);

    public bool HasSampleData => Cells.Any(c => c.IsSample);
}

/// <summary>An accepted report in the matrix: the level a country reported on one principle.</summary>
public sealed record ProgressCell(PrincipleKind Kind, int Number, ProgressLevel Level, bool IsSample);

/// <summary>A column of the progress matrix: one principle or area of emphasis.</summary>
public sealed record PrincipleColumn(PrincipleKind Kind, int Number, string ShortTitle)
{
    /// <summary>The segment of the detail address: "8" for principle 8, "areas/2" for area of emphasis 2.</summary>
    public string PathSegment => Kind == PrincipleKind.Principle ? $"{Number}" : $"areas/{Number}";

    /// <summary>The action of <see cref="ProgressController"/> that shows the column's detail page.</summary>
    public string DetailAction =>
        Kind == PrincipleKind.Principle ? nameof(ProgressController.Principle) : nameof(ProgressController.AreaOfEmphasis);
}

/// <summary>A reporting cycle offered in the progress view, named in the visitor's language.</summary>
public sealed record CycleChoice(int Id, string Name, DateOnly OpensOn);
