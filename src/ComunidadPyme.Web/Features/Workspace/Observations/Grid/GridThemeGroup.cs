using ComunidadPyme.Core.Indicators;

namespace ComunidadPyme.Web.Features.Workspace.Observations.Grid;

/// <summary>The rows of one theme, shown under its heading.</summary>
public sealed record GridThemeGroup(IndicatorTheme Theme, IReadOnlyList<GridRow> Rows);
