namespace ComunidadPyme.Web.Features.Workspace.Review.Dialogue;

/// <summary>Marker for the text of the report for the Dialogue; levels and changes speak through <c>ProgressResource</c>.</summary>
public sealed class DialogueReportResource;
