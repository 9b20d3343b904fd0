namespace ComunidadPyme.Web.Features.Workspace.Observations.Grid;

/// <summary>What a save did: the counts when it succeeded, or the conflicts that stopped it (nothing saved).</summary>
public sealed record GridSaveOutcome(int Added, int Updated, int Deleted, IReadOnlyList<CellConflict> Conflicts)
{
    public static GridSaveOutcome Conflicted(IReadOnlyList<CellConflict> conflicts) => new(0, 0, 0, conflicts);

    public bool Saved => Conflicts.Count == 0;
}
