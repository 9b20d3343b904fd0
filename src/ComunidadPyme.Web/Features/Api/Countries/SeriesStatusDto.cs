using ComunidadPyme.Core.Indicators;

namespace ComunidadPyme.Web.Features.Api.Countries;

/// <summary>
/// A country's series of one indicator: its latest period, and when the next figure is due (null for an irregular
/// series); <see cref="Overdue"/> once that date has passed without it.
/// </summary>
public sealed record SeriesStatusDto(
    string IndicatorCode,
    string IndicatorName,
    Periodicity Periodicity,
    string LatestPeriod,
    DateTime LatestUpdated,
    string? NextPeriod,
    DateOnly? NextExpectedBy,
    bool Overdue,
    bool IsSample);
