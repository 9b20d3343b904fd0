using ComunidadPyme.Core.Indicators;

namespace ComunidadPyme.Web.Features.Workspace.Observations.Grid;

/// <summary>One cell as shown: the saved value, or what the person typed when the page comes back with messages.</summary>
public sealed class GridCell
{
    public required CellKey Key { get; init; }
    public string ValueText { get; set; } = string.Empty;
    public string Status { get; set; } = nameof(ObservationStatus.Final);
    public string Source { get; set; } = string.Empty;
    public string? Version { get; set; }
    public string Original { get; set; } = string.Empty;
    public bool IsSample { get; set; }
    public bool Delete { get; set; }
    public CellConflict? Conflict { get; set; }

    /// <summary>The person's answer to a conflict, kept when the page is shown again.</summary>
    public string Keep { get; set; } = KeepChoice.Mine;

    /// <summary>A saved value exists (as far as the person knows), so the cell can be deleted.</summary>
    public bool Exists => !string.IsNullOrEmpty(Version);

    public string FieldName(string field) => $"Cells[{Key}].{field}";

    public string Id(string field) => $"cell-{Key}-{field.ToLowerInvariant()}";
}
