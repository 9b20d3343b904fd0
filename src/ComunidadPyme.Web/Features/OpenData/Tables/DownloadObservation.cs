using ComunidadPyme.Core.Indicators;

namespace ComunidadPyme.Web.Features.OpenData.Tables;

/// <summary>An observation with the names and codes the downloads show beside it.</summary>
public sealed record DownloadObservation(
    string CountryIso2,
    string CountryNameEn,
    string IndicatorCode,
    string UnitEn,
    string Period,
    int Year,
    double Value,
    ObservationStatus Status,
    string SourceNote,
    bool IsSample,
    DateTime UpdatedUtc);
