namespace ComunidadPyme.Web.Features.Workspace.Observations.Import;

/// <summary>Why a row cannot be imported: "row 57, column value: …". Column is null for the file as a whole.</summary>
public sealed record ImportProblem(int Row, string? Column, string Reason);
