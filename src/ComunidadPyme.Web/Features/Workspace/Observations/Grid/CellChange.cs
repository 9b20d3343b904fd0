namespace ComunidadPyme.Web.Features.Workspace.Observations.Grid;

/// <summary>A cell the person changed: what to do, the version they saw, and what they typed.</summary>
public sealed record CellChange(CellKey Key, CellChangeKind Kind, Guid? SeenVersion, ObservationDraft? Draft);
