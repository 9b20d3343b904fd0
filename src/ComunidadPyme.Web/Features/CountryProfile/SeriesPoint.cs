using ComunidadPyme.Core.Indicators;

namespace ComunidadPyme.Web.Features.CountryProfile;

/// <summary>One period of an indicator's series, as its table row shows it.</summary>
public sealed record SeriesPoint(string Period, int Year, double Value, ObservationStatus Status, string SourceNote, bool IsSample);
