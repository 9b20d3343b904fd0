using ComunidadPyme.Core.Countries;
using ComunidadPyme.Core.Principles;

namespace ComunidadPyme.Web.Features.Progress;

/// <summary>
/// The matrix's filters, from the address (<c>?cycle=2&amp;region=SouthAmerica&amp;women=true&amp;view=change</c>).
/// Values arrive as free text and are read with <see cref="Infrastructure.Filters.FilterValue"/>: an unknown one
/// is ignored with a notice rather than refused.
/// </summary>
public sealed class ProgressMatrixQuery
{
    public string? Cycle { get; set; }
    public string? Region { get; set; }
    public string? Women { get; set; }
    public string? View { get; set; }
}

/// <summary>What the matrix shows: the reports of every state (reviewers) or only accepted ones (the public).</summary>
public enum MatrixAudience
{
    Public = 1,
    Reviewers = 2,
}

/// <summary>The filters once read: the cycle asked for (if any), the sub-region, the women filter and the view.</summary>
public sealed record MatrixFilter(int? CycleId, SubRegion? Region, bool WomenOnly, bool ChangeView);

/// <summary>
/// The progress matrix: countries by principles (and areas of emphasis) for one cycle, each cell the country's
/// level and the reviewer's beside it, with the change since the previous cycle.
/// </summary>
public sealed record ProgressMatrix(
    MatrixAudience Audience,
    MatrixFilter Filter,
    CycleChoice? Cycle,
    CycleChoice? PreviousCycle,
    IReadOnlyList<CycleChoice> Cycles,
    IReadOnlyList<PrincipleColumn> Columns,
    IReadOnlyList<ProgressMatrixRow> Rows)
{
    public bool HasSampleData => Rows.Any(r => r.HasSampleData);

    public bool AcceptedOnly => Audience == MatrixAudience.Public;

    public IEnumerable<(ProgressMatrixRow Row, PrincipleColumn Column, ProgressCell Cell)> Cells() =>
        from row in Rows
        from column in Columns
        let cell = row.CellFor(column)
        where cell is not null
        select (row, column, cell);
}

/// <summary>A country's reports in one cycle, one cell per principle it reported on.</summary>
public sealed record ProgressMatrixRow(
    string Iso2, string Iso3, string CountryName, SubRegion SubRegion, IReadOnlyList<ProgressCell> Cells)
{
    public ProgressCell? CellFor(PrincipleColumn column) =>
        Cells.FirstOrDefault(c => c.Kind == column.Kind && c.Number == column.Number);

    public bool HasSampleData => Cells.Any(c => c.IsSample);
}

/// <summary>
/// A report in the matrix: the country's level, the reviewer's (null until assessed, and for the public until the
/// report is accepted), and both levels of the same country and principle in the previous cycle.
/// </summary>
public sealed record ProgressCell(
    int ReportId,
    PrincipleKind Kind,
    int Number,
    WorkflowState State,
    ProgressLevel Level,
    AssessmentLevel? AssessedLevel,
    ProgressLevel? PreviousLevel,
    AssessmentLevel? PreviousAssessedLevel,
    bool IsSample)
{
    public LevelChange Change => AssessmentScale.Change((int?)PreviousLevel, (int)Level);

    public LevelChange AssessedChange => AssessmentScale.Change((int?)PreviousAssessedLevel, (int?)AssessedLevel);

    public int? Gap => AssessedLevel is { } assessed ? Math.Abs((int)Level - (int)assessed) : null;

    public bool HasFlaggedGap => Gap >= AssessmentScale.FlaggedGap;
}

/// <summary>A column of the progress matrix: one principle or area of emphasis.</summary>
public sealed record PrincipleColumn(PrincipleKind Kind, int Number, string ShortTitle, bool ConcernsWomenEntrepreneurs = false)
{
    /// <summary>The segment of the detail address: "8" for principle 8, "areas/2" for area of emphasis 2.</summary>
    public string PathSegment => Kind == PrincipleKind.Principle ? $"{Number}" : $"areas/{Number}";

    /// <summary>"P8" or "A2", as in the header and the downloads.</summary>
    public string Code => Kind == PrincipleKind.Principle ? $"P{Number}" : $"A{Number}";

    /// <summary>The action of <see cref="ProgressController"/> that shows the column's detail page.</summary>
    public string DetailAction =>
        Kind == PrincipleKind.Principle ? nameof(ProgressController.Principle) : nameof(ProgressController.AreaOfEmphasis);
}

/// <summary>A reporting cycle offered in the progress view, named in the visitor's language.</summary>
public sealed record CycleChoice(int Id, string Name, DateOnly OpensOn, ReportingCycleStatus Status = ReportingCycleStatus.Closed);

/// <summary>What a cell of the matrix shows: both levels and their changes, or only the changes (<c>view=change</c>).</summary>
public sealed record MatrixCellView(ProgressCell Cell, bool ChangeOnly);

/// <summary>The sign that repeats a change in text: ↑ up, ↓ down, = same, + new (nothing when there is no level).</summary>
public static class LevelChangeSymbol
{
    public static string Of(LevelChange change) => change switch
    {
        LevelChange.Up => "↑",
        LevelChange.Down => "↓",
        LevelChange.Same => "=",
        LevelChange.New => "+",
        _ => string.Empty,
    };
}

/// <summary>The previous cycle of each cycle: the one that opened just before it.</summary>
public static class CycleOrder
{
    /// <param name="idsNewestFirst">Cycle ids in descending order of opening.</param>
    public static IReadOnlyDictionary<int, int> PreviousOf(IReadOnlyList<int> idsNewestFirst) =>
        idsNewestFirst.Zip(idsNewestFirst.Skip(1)).ToDictionary(pair => pair.First, pair => pair.Second);
}
