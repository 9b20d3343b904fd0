using ComunidadPyme.Core.Indicators;

namespace ComunidadPyme.Web.Features.Api.Observations;

/// <summary>
/// A country's value of an indicator for one period. <see cref="IsSample"/> is true for illustrative
/// sample data, which is not an official statistic.
/// </summary>
public sealed record ObservationDto(
    string Country,
    string Indicator,
    string Period,
    int Year,
    double Value,
    ObservationStatus Status,
    string SourceNote,
    bool IsSample,
    DateTime Updated);
