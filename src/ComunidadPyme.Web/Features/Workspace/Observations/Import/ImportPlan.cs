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

    /// <summary>The rows a confirmation writes: added and changed ones, and the newer values the person chose to replace.</summary>
    public IEnumerable<ImportPlanRow> RowsToWrite(IReadOnlySet<int> replaceNewer) =>
        Rows.Where(r => r.Kind is ImportRowKind.Add or ImportRowKind.Change
                        || (r.MayReplaceNewerValue && replaceNewer.Contains(r.RowNumber)));
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

    /// <summary>For <see cref="ImportRowKind.ChangedSinceDownload"/>: whether the value existed when the file was downloaded.</summary>
    public bool ExistedWhenDownloaded { get; set; }

    /// <summary>
    /// The row still gives the portal's sample note as its source: it is the sample value as downloaded, not the
    /// country's own figure, so it can neither be stored as new nor replace a newer value.
    /// </summary>
    public bool HoldsSampleNote => SampleSource.IsSampleNote(Source);

    /// <summary>Whether the person may choose this row's value over one saved since the file was downloaded.</summary>
    public bool MayReplaceNewerValue => Kind == ImportRowKind.ChangedSinceDownload && !HoldsSampleNote;
}

public enum ImportRowKind
{
    Add = 1,
    Change = 2,
    Unchanged = 3,

    /// <summary>
    /// The saved value was changed (or added, or deleted) after the file was downloaded and differs from the file:
    /// the saved value stays unless the person chooses the file's.
    /// </summary>
    ChangedSinceDownload = 4,
}
