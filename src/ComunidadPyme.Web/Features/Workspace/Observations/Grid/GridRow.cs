namespace ComunidadPyme.Web.Features.Workspace.Observations.Grid;

/// <summary>One indicator: its catalogue rules and one cell per year.</summary>
public sealed record GridRow(IndicatorRules Indicator, IReadOnlyList<GridCell> Cells);
