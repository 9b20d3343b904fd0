namespace ComunidadPyme.Web.Features.Workspace.Observations.Grid;

/// <summary>The posted grid: every cell, keyed by <see cref="CellKey"/>.</summary>
public sealed class ObservationGridInput
{
    public Dictionary<string, ObservationCellInput> Cells { get; set; } = [];
}

/// <summary>
/// One cell as posted. Everything is text, so what the person typed comes back unchanged when the page is
/// shown again with messages.
/// </summary>
public sealed class ObservationCellInput
{
    public string? Value { get; set; }
    public string? Status { get; set; }
    public string? Source { get; set; }

    /// <summary>The concurrency token of the value the person saw; empty for an empty cell.</summary>
    public string? Version { get; set; }

    /// <summary>A fingerprint of the value the person saw, to tell the cells they changed from those they did not.</summary>
    public string? Original { get; set; }

    /// <summary>"true" when the person ticked "Delete".</summary>
    public string? Delete { get; set; }

    /// <summary>After a conflict: "mine" to save this input over theirs, "theirs" to leave theirs.</summary>
    public string? Keep { get; set; }

    public bool DeleteRequested => string.Equals(Delete, "true", StringComparison.OrdinalIgnoreCase);

    public bool KeepsTheirs => string.Equals(Keep, KeepChoice.Theirs, StringComparison.Ordinal);
}

/// <summary>The two answers to a conflict on a cell.</summary>
public static class KeepChoice
{
    public const string Mine = "mine";
    public const string Theirs = "theirs";
}
