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
    public DateTime CreatedAtUtc { get; set; }
    public int SkippedRows { get; set; }
    public List<ImportPlanRow> Rows { get; set; } = [];

    public DateTime ExpiresAtUtc => CreatedAtUtc + ImportLimits.PreviewLifetime;

    public int Count(ImportRowKind kind) => Rows.Count(r => r.Kind == kind);
}
