using ComunidadPyme.Core.Indicators;

namespace ComunidadPyme.Web.Features.Compare;

/// <summary>Countries × years, as the page shows it and the downloads write it.</summary>
public sealed record CompareTable(IReadOnlyList<int> Years, IReadOnlyList<CompareRow> Rows)
{
    public bool HasFigures => Rows.Any(r => r.Cells.Any(c => c is not null));

    public bool HasSampleFigures => Rows.Any(r => r.IsSample);

    /// <summary>Where the figures come from: each country with figures and its distinct source notes, in row order.</summary>
    public IReadOnlyList<(string Country, IReadOnlyList<string> Notes)> SourcesByCountry =>
        Rows.Select(row => (row.Name, (IReadOnlyList<string>)row.Cells.OfType<CompareCell>()
                .Select(c => c.SourceNote).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList()))
            .Where(source => source.Item2.Count > 0)
            .ToList();
}

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

/// <summary>
/// A country's figure for one year: the value rounded to the indicator's decimals, its text, the period it
/// is for (the year, or the newest quarter or month of it) and where it comes from.
/// </summary>
public sealed record CompareCell(double Value, string Formatted, ObservationStatus Status, bool IsSample, string Period, string SourceNote);
