using ComunidadPyme.Core.Countries;
using ComunidadPyme.Core.Indicators;

namespace ComunidadPyme.Infrastructure.Data.Seeding.Content;

/// <summary>Generates smooth, deterministic sample series for every indicator, 2014–2024.</summary>
internal static class SampleObservations
{
    public const int FirstYear = 2014;
    public const int LastYear = 2024;
    public const string SourceNote = SampleSource.Note;

    public static List<Observation> For(
        Country country, SampleCountryProfile profile, IReadOnlyList<Indicator> indicators, Random random)
    {
        var series = new Dictionary<string, double[]>(StringComparer.Ordinal);
        var observations = new List<Observation>();
        foreach (var indicator in indicators)
        {
            if (SampleIndicatorProfiles.For(indicator) is not { } shape)
            {
                continue;
            }

            var basisCode = shape.SharesSeriesWith ?? indicator.Code;
            var basisShape = SampleIndicatorProfiles.For(basisCode) ?? shape;
            if (!series.TryGetValue(basisCode, out var values))
            {
                values = Series(basisShape, profile, random);
                series[basisCode] = values;
            }

            for (var year = FirstYear; year <= LastYear; year++)
            {
                var value = values[year - FirstYear] * Multiplier(shape.Scale, profile, year);
                observations.Add(Create(country, indicator, year, Fit(indicator, value)));
            }
        }

        return observations;
    }

    private static double[] Series(SampleIndicatorProfile shape, SampleCountryProfile profile, Random random)
    {
        var position = shape.Orientation switch
        {
            > 0 => Math.Clamp(profile.Formality + (random.NextDouble() - 0.5) * 0.3, 0, 1),
            < 0 => Math.Clamp(1 - profile.Formality + (random.NextDouble() - 0.5) * 0.3, 0, 1),
            _ => random.NextDouble(),
        };
        var start = shape.Low + (shape.High - shape.Low) * position;
        var trend = shape.TrendMin + (shape.TrendMax - shape.TrendMin) * random.NextDouble();

        var values = new double[LastYear - FirstYear + 1];
        var noise = 0.0;
        for (var i = 0; i < values.Length; i++)
        {
            // Autocorrelated noise keeps year-to-year changes small, as in real statistics.
            noise = 0.6 * noise + shape.Noise * Gaussian(random);
            var shock = (FirstYear + i) switch
            {
                2020 => shape.Shock2020,
                2021 => shape.Shock2020 / 2,
                _ => 0,
            };
            values[i] = start * Math.Pow(1 + trend, i) * (1 + noise) * (1 + shock);
        }

        return values;
    }

    private static double Multiplier(SampleSeriesScale scale, SampleCountryProfile profile, int year) => scale switch
    {
        SampleSeriesScale.PerThousandPeople => profile.PopulationThousands(year),
        SampleSeriesScale.PerMillionPeople => profile.PopulationThousands(year) / 1000,
        _ => 1,
    };

    private static double Fit(Indicator indicator, double value)
    {
        var bounded = Math.Clamp(value, indicator.MinValue ?? double.MinValue, indicator.MaxValue ?? double.MaxValue);
        return Math.Round(bounded, Math.Clamp(indicator.Decimals, 0, 15), MidpointRounding.AwayFromZero);
    }

    private static Observation Create(Country country, Indicator indicator, int year, double value)
    {
        var observation = new Observation
        {
            CountryId = country.Id,
            IndicatorId = indicator.Id,
            Indicator = indicator,
            Value = value,
            // Generated values are never "final" or "provisional": those are an official release's words.
            Status = ObservationStatus.Estimated,
            SourceNote = SourceNote,
            IsSample = true,
        };
        observation.SetPeriod(ReportingPeriod.OfYear(year));
        return observation;
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
