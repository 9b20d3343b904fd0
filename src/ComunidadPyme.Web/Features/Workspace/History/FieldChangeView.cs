namespace ComunidadPyme.Web.Features.Workspace.History;

public sealed record FieldChangeView(string Field, string Label, string? Before, string? After);
