namespace ComunidadPyme.Web.Features.Observations.Grid;

/// <summary>The posted grid: every cell, keyed by <see cref="CellKey"/>.</summary>
public sealed class ObservationGridInput
{
    public Dictionary<string, ObservationCellInput> Cells { get; set; } = [];
}
