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
