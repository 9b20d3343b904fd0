using ComunidadPyme.Web.Features.Workspace.Common;

namespace ComunidadPyme.Web.Features.Workspace.Observations.Import;

/// <summary>The import page: the upload form, and the problems of the last file or a message about it.</summary>
public sealed record ImportUploadViewModel(
    WorkspaceCountry Country, IReadOnlyList<ImportProblem> Problems, int ProblemCount, string? Message = null)
{
    public long MaxBytes => ImportLimits.MaxFileBytes;
}
