namespace ComunidadPyme.Web.Features.Workspace.Common;

/// <summary>A message about one form field found by a check that needs the database (e.g. a duplicate).</summary>
/// <param name="Field">The field's path inside the form, e.g. "PrincipleId" or "Relations[2].TargetId".</param>
public sealed record FieldProblem(string Field, string Message);
