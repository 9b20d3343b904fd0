namespace ComunidadPyme.Web.Features.Workspace.Progress;

/// <summary>
/// Marker for the interface text only this section uses (in the .resx files beside it); read it through
/// <see cref="WorkspaceText{TSection}"/>, which falls back to the text the workspace's sections share.
/// </summary>
public sealed class WorkspaceProgressResource;
