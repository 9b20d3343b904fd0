using ComunidadPyme.Core.Indicators;

namespace ComunidadPyme.Web.Features.Workspace.Observations.Grid;

/// <summary>A saved value as it stands in the database.</summary>
public sealed record ObservationSnapshot(Guid Version, double Value, ObservationStatus Status, string Source, bool IsSample)
{
    public string Fingerprint => CellFingerprint.Of(Value, Status, Source);
}
