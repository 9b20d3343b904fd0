using ComunidadPyme.Core.Indicators;

namespace ComunidadPyme.Web.Features.Workspace.Observations.Import;

/// <summary>A row that passed every check, ready to be compared with the database.</summary>
public sealed record ImportRow(
    int RowNumber, IndicatorRules Indicator, ReportingPeriod Period, double Value, ObservationStatus Status, string Source);
