namespace ComunidadPyme.Web.Features.Workspace.Observations.Import;

/// <summary>A checked upload: the id of its stored plan, or the problems that stopped it.</summary>
public sealed record ImportUploadResult(string? PlanId, IReadOnlyList<ImportProblem> Problems, int ProblemCount)
{
    public static ImportUploadResult Refused(ImportProblem problem) => new(null, [problem], 1);
}
