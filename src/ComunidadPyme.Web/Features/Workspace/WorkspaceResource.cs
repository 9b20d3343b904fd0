namespace ComunidadPyme.Web.Features.Workspace;

/// <summary>Marker for the workspace's interface text (in the .resx files beside it).</summary>
public sealed class WorkspaceResource;
