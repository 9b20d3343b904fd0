namespace ComunidadPyme.Web.Infrastructure.Caching;

/// <summary>Output-cache policy and tag names for the anonymous public pages.</summary>
public static class PublicCache
{
    /// <summary>Pages about one country: tagged with that country, dropped when its data change.</summary>
    public const string CountryPage = "CountryPage";

    /// <summary>Pages across countries (home, compare, indicators, laws): dropped when any country's data change.</summary>
    public const string SharedPage = "SharedPage";

    public const string AllTag = "public";

    public static string CountryTag(string iso2) => "country:" + iso2.ToUpperInvariant();
}
