namespace ComunidadPyme.Web.Features.Workspace.Observations.Import;

/// <summary>The outcome of checking a file: its valid rows, or the problems (the first few hundred, and how many in all).</summary>
public sealed record ImportCheck(
    IReadOnlyList<ImportRow> Rows, IReadOnlyList<ImportProblem> Problems, int ProblemCount, int SkippedRows)
{
    public static ImportCheck Failed(params ImportProblem[] problems) => new([], problems, problems.Length, 0);

    public bool IsValid => ProblemCount == 0;
}
