using ComunidadPyme.Core.Principles;

namespace ComunidadPyme.Web.Features.Feeds;

/// <summary>The page an entry of a feed or a digest links to, as routing names it.</summary>
public sealed record FeedEntryRoute(string Action, string Controller, object Values, string? Fragment)
{
    public static FeedEntryRoute For(FeedEntry entry, string language)
    {
        var target = entry.Target;
        var iso2 = target.Iso2.ToLowerInvariant();
        return entry.Kind switch
        {
            FeedEntryKind.Law => new("Details", "Laws", new { lang = language, id = target.Id }, null),
            FeedEntryKind.Figures => new("Show", "CountryProfile", new { lang = language, iso2 },
                CountryProfile.IndicatorSeries.AnchorFor(target.IndicatorCode!)),
            FeedEntryKind.ProgressReport => new(target.PrincipleKind == PrincipleKind.Principle ? "Principle" : "AreaOfEmphasis",
                "Progress", new { lang = language, iso2, number = target.Number }, null),
            _ => new("Show", "CountryProfile", new { lang = language, iso2 }, "programmes"),
        };
    }
}
