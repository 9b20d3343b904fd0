namespace ComunidadPyme.Web.Features.Workspace;

/// <summary>Marker for the workspace's interface text in Resources/Features/Workspace/WorkspaceResource.*.resx.</summary>
public sealed class WorkspaceResource;
