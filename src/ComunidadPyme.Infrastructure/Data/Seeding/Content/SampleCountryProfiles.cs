namespace ComunidadPyme.Infrastructure.Data.Seeding.Content;

/// <summary>The countries that receive sample content, in the order the generator visits them.</summary>
internal static class SampleCountryProfiles
{
    // Populations are rounded orders of magnitude, used only to scale generated counts.
    public static readonly IReadOnlyList<SampleCountryProfile> All =
    [
        new("BR", "pt", 212, 0.005, 0.55),
        new("MX", "es", 130, 0.008, 0.45),
        new("CO", "es", 53, 0.011, 0.45),
        new("CL", "es", 19.8, 0.009, 0.75),
        new("PE", "es", 34, 0.011, 0.30),
        new("CA", "en", 41, 0.012, 0.95),
        new("JM", "en", 2.8, 0.002, 0.55),
        new("CR", "es", 5.1, 0.008, 0.65),
        new("HT", "fr", 11.8, 0.012, 0.10),
    ];
}
