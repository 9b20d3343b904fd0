using ComunidadPyme.Core.Indicators;

namespace ComunidadPyme.Web.Features.Workspace.Observations.Grid;

/// <summary>
/// A saved value as it stands in the database. A sample value offers an empty source to edit: whoever changes it
/// makes it the country's own figure and must give its source, and the sample note never stays on it.
/// </summary>
public sealed record ObservationSnapshot(int Id, Guid Version, double Value, ObservationStatus Status, string Source, bool IsSample)
{
    /// <summary>The source the grid offers for editing: empty for a sample value, so its note is not carried over.</summary>
    public string EditableSource => IsSample ? string.Empty : Source;

    /// <summary>Of what the grid shows for editing, so an untouched sample cell is not taken for a change.</summary>
    public string Fingerprint => CellFingerprint.Of(Value, Status, EditableSource);
}
