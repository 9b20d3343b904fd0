using ComunidadPyme.Core.Indicators;

namespace ComunidadPyme.Web.Features.Workspace.Observations.Import;

/// <summary>
/// A checked file waiting for confirmation, kept between the preview and the confirmation. It belongs to
/// the person who uploaded it and to one country, and expires after an hour.
/// </summary>
public sealed class ImportPlan
{
    public string Id { get; set; } = string.Empty;
    public string UserId { get; set; } = string.Empty;
    public int CountryId { get; set; }
    public string FileName { get; set; } = string.Empty;

    /// <summary>The encoding a CSV file was read in; null for a workbook.</summary>
    public ImportTextEncoding? TextEncoding { get; set; }

    public DateTime CreatedAtUtc { get; set; }
    public int SkippedRows { get; set; }
    public List<ImportPlanRow> Rows { get; set; } = [];

    public DateTime ExpiresAtUtc => CreatedAtUtc + ImportLimits.PreviewLifetime;

    public int Count(ImportRowKind kind) => Rows.Count(r => r.Kind == kind);
}

/// <summary>
/// One checked row and what it will do, with the version of the saved value it was compared with, so the
/// confirmation can tell whether anyone changed that value since the preview.
/// </summary>
public sealed class ImportPlanRow
{
    public int RowNumber { get; set; }
    public int IndicatorId { get; set; }
    public string IndicatorCode { get; set; } = string.Empty;
    public string Period { get; set; } = string.Empty;
    public double Value { get; set; }
    public ObservationStatus Status { get; set; }
    public string Source { get; set; } = string.Empty;
    public ImportRowKind Kind { get; set; }

    public int? ExistingId { get; set; }
    public Guid? ExistingVersion { get; set; }
    public double? OldValue { get; set; }
    public ObservationStatus? OldStatus { get; set; }
    public string? OldSource { get; set; }
    public bool OldIsSample { get; set; }
}

public enum ImportRowKind
{
    Add = 1,
    Change = 2,
    Unchanged = 3,
}
