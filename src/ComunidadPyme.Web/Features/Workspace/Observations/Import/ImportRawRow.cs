namespace ComunidadPyme.Web.Features.Workspace.Observations.Import;

/// <summary>One row of a file as text, numbered as a spreadsheet numbers it (the header is row 1).</summary>
public sealed record ImportRawRow(int Number, IReadOnlyList<string?> Cells)
{
    public string? Cell(int index) => index >= 0 && index < Cells.Count ? Cells[index] : null;

    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);
}
