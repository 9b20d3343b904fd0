using ComunidadPyme.Core.Indicators;
using ComunidadPyme.Web.Features.Workspace.Common;

namespace ComunidadPyme.Web.Features.Workspace.Observations.Grid;

/// <summary>The grid page: one country's values, indicators by theme as rows, years as columns.</summary>
public sealed record ObservationGridViewModel(
    WorkspaceCountry Country,
    ObservationGridQuery Query,
    GridRange Range,
    IReadOnlyList<int> Years,
    IReadOnlyList<GridThemeGroup> Groups,
    int ConflictCount)
{
    public bool HasSample => Groups.Any(g => g.Rows.Any(r => r.Cells.Any(c => c.IsSample)));

    public IEnumerable<GridCell> Cells => Groups.SelectMany(g => g.Rows).SelectMany(r => r.Cells);
}

/// <summary>The rows of one theme, shown under its heading.</summary>
public sealed record GridThemeGroup(IndicatorTheme Theme, IReadOnlyList<GridRow> Rows);

/// <summary>One indicator: its catalogue rules and one cell per year.</summary>
public sealed record GridRow(IndicatorRules Indicator, IReadOnlyList<GridCell> Cells);

/// <summary>One cell as shown: the saved value, or what the person typed when the page comes back with messages.</summary>
public sealed class GridCell
{
    public required CellKey Key { get; init; }
    public string ValueText { get; set; } = string.Empty;
    public string Status { get; set; } = nameof(ObservationStatus.Final);
    public string Source { get; set; } = string.Empty;

    /// <summary>The source as saved, shown to readers; for a sample value, its sample note.</summary>
    public string SavedSource { get; set; } = string.Empty;
    public string? Version { get; set; }
    public string Original { get; set; } = string.Empty;
    public bool IsSample { get; set; }

    /// <summary>The saved observation, whose history the cell links to; null for an empty cell.</summary>
    public int? ObservationId { get; set; }
    public bool Delete { get; set; }
    public CellConflict? Conflict { get; set; }

    /// <summary>The person's answer to a conflict, kept when the page is shown again.</summary>
    public string Keep { get; set; } = KeepChoice.Mine;

    /// <summary>A saved value exists (as far as the person knows), so the cell can be deleted.</summary>
    public bool Exists => !string.IsNullOrEmpty(Version);

    public string FieldName(string field) => $"Cells[{Key}].{field}";

    public string Id(string field) => $"cell-{Key}-{field.ToLowerInvariant()}";
}
