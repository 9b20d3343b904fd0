using ComunidadPyme.Core.Indicators;
using ComunidadPyme.Web.Features.Workspace.Common;

namespace ComunidadPyme.Web.Features.Workspace.Observations.Import;

/// <summary>
/// What a confirmed import will do: counts, the first rows of each kind, and every value saved since the file
/// was downloaded, each with its choice.
/// </summary>
public sealed record ImportPreviewViewModel(
    WorkspaceCountry Country,
    string PlanId,
    string FileName,
    DateTime ExpiresAtUtc,
    int AddedCount,
    int ChangedCount,
    int UnchangedCount,
    int SkippedCount,
    IReadOnlyList<ImportPreviewRow> Added,
    IReadOnlyList<ImportPreviewRow> Changed,
    IReadOnlyList<ImportPreviewRow> Unchanged,
    IReadOnlyList<ImportPreviewRow> ChangedSinceDownload,
    ImportTextEncoding? TextEncoding)
{
    public static async Task<ImportPreviewViewModel> BuildAsync(
        WorkspaceCountry country, ImportPlan plan, ObservationCatalogue catalogue, string language, CancellationToken cancellationToken)
    {
        var indicators = (await catalogue.IndicatorsAsync(language, cancellationToken)).ToDictionary(i => i.Id);
        List<ImportPreviewRow> Rows(ImportRowKind kind, int shown = ImportLimits.PreviewRowsShown) =>
            plan.Rows.Where(r => r.Kind == kind)
                .Take(shown)
                .Select(r => new ImportPreviewRow(r.RowNumber,
                    indicators.TryGetValue(r.IndicatorId, out var i) ? i.Name : r.IndicatorCode,
                    i?.Unit ?? string.Empty, r.Period, r.Value, r.Status, r.Source,
                    r.OldValue, r.OldStatus, r.OldSource, r.OldIsSample, r.MayReplaceNewerValue, r.ExistedWhenDownloaded))
                .ToList();

        return new ImportPreviewViewModel(country, plan.Id, plan.FileName, plan.ExpiresAtUtc,
            plan.Count(ImportRowKind.Add), plan.Count(ImportRowKind.Change), plan.Count(ImportRowKind.Unchanged),
            plan.SkippedRows, Rows(ImportRowKind.Add), Rows(ImportRowKind.Change), Rows(ImportRowKind.Unchanged),
            Rows(ImportRowKind.ChangedSinceDownload, int.MaxValue), plan.TextEncoding);
    }
}

/// <summary>A row of the preview, with the indicator named in the reader's language and the saved value it replaces.</summary>
public sealed record ImportPreviewRow(
    int RowNumber,
    string IndicatorName,
    string Unit,
    string Period,
    double Value,
    ObservationStatus Status,
    string Source,
    double? OldValue,
    ObservationStatus? OldStatus,
    string? OldSource,
    bool OldIsSample,
    bool MayReplaceNewerValue = false,
    bool ExistedWhenDownloaded = false);
