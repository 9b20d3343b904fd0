namespace ComunidadPyme.Infrastructure.Data.Seeding.Content;

/// <summary>
/// What the sample generator needs to know about a country: the language its content is written in, a rough
/// population (so that counts match densities) and a 0–1 formality score that steers indicators such as
/// informality or registration time towards plausible levels.
/// </summary>
internal sealed record SampleCountryProfile(
    string Iso2,
    string Language,
    double PopulationMillions2024,
    double PopulationGrowth,
    double Formality)
{
    public double PopulationThousands(int year) =>
        PopulationMillions2024 * 1000 * Math.Pow(1 + PopulationGrowth, year - 2024);
}
