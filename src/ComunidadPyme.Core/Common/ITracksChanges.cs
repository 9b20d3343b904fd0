namespace ComunidadPyme.Core.Common;

/// <summary>Stamped on every save with who changed the record and when (UTC).</summary>
public interface ITracksChanges
{
    DateTime CreatedAtUtc { get; set; }
    string? CreatedBy { get; set; }
    DateTime UpdatedAtUtc { get; set; }
    string? UpdatedBy { get; set; }
}
