namespace ComunidadPyme.Web.Features.Workspace.Observations.Grid;

/// <summary>The posted grid: every cell, keyed by <see cref="CellKey"/>.</summary>
public sealed class ObservationGridInput
{
    public Dictionary<string, ObservationCellInput> Cells { get; set; } = [];
}
