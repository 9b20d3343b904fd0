using ComunidadPyme.Core.Indicators;

namespace ComunidadPyme.Web.Features.Workspace.Observations.Import;

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
    bool OldIsSample);
