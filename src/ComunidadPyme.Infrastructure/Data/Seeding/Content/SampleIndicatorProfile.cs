namespace ComunidadPyme.Infrastructure.Data.Seeding.Content;

/// <summary>
/// The shape of a generated series: a 2014 level between <see cref="Low"/> and <see cref="High"/>, a yearly
/// relative trend, autocorrelated noise, and a 2020 shock that half persists into 2021.
/// </summary>
/// <param name="Orientation">
/// +1: the level rises with the country's formality score; -1: it falls; 0: the level is random.
/// </param>
/// <param name="SharesSeriesWith">
/// Reuse another indicator's series (then scale it), so that e.g. the MSME count equals density × population.
/// </param>
internal sealed record SampleIndicatorProfile(
    double Low,
    double High,
    double TrendMin,
    double TrendMax,
    double Noise,
    double Shock2020 = 0,
    int Orientation = 0,
    SampleSeriesScale Scale = SampleSeriesScale.AsIs,
    string? SharesSeriesWith = null);
