namespace ComunidadPyme.Web.Features.Workspace.Observations.Grid;

/// <summary>A cell someone else saved after this person loaded it; <see cref="Theirs"/> is null when they deleted it.</summary>
public sealed record CellConflict(CellKey Key, ObservationSnapshot? Theirs);
