namespace ComunidadPyme.Web.Features.Workspace.Observations.Import;

/// <summary>What a confirmation did; when values changed since the preview, their rows, and nothing was written.</summary>
public sealed record ImportCommitOutcome(int Added, int Changed, int Unchanged, IReadOnlyList<int> StaleRows)
{
    public bool Committed => StaleRows.Count == 0;
}
