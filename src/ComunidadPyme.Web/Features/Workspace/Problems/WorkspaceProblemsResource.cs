namespace ComunidadPyme.Web.Features.Workspace.Problems;

/// <summary>Marker type for the text of the workspace's reported problems.</summary>
public sealed class WorkspaceProblemsResource;
