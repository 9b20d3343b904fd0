namespace ComunidadPyme.Web.Features.Workspace.Observations.Import;

/// <summary>Stops reading a file at the first limit passed; <see cref="ImportRefusalText"/> words it for the person.</summary>
public sealed class ImportRefusedException(ImportRefusalReason reason, int row = 0)
    : Exception($"The import file was refused: {reason}{(row > 0 ? $" (row {row})" : string.Empty)}.")
{
    public ImportRefusalReason Reason { get; } = reason;

    /// <summary>The row being read when the limit was passed, as a spreadsheet numbers it; 0 when not known.</summary>
    public int Row { get; } = row;
}
