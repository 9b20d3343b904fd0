using System.Net;
using System.Xml.Linq;
using ComunidadPyme.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.FunctionalTests.Operations;

/// <summary>robots.txt and sitemap.xml: what search engines may read, and every public page in four languages.</summary>
[Collection(PortalCollection.Name)]
public sealed class DiscoveryTests(PortalFactory portal)
{
    private static readonly XNamespace s_sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace s_xhtml = "http://www.w3.org/1999/xhtml";

    [Fact]
    public async Task RobotsOpenThePublicPortalCloseTheSignedInPartsAndNameTheSitemap()
    {
        var response = await portal.CreateClient().GetAsync("/robots.txt");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n');
        Assert.Contains("User-agent: *", lines);
        Assert.Contains("Disallow: /es/workspace", lines);
        Assert.Contains("Disallow: /fr/review", lines);
        Assert.Contains("Disallow: /pt/admin", lines);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("Disallow: /en/countries", StringComparison.Ordinal) || l == "Disallow: /");
    }

    [Fact]
    public async Task TheSitemapListsEveryCountryProfileInFourLanguagesWithItsAlternates()
    {
        var countries = await portal.QueryAsync(db => db.Countries.CountAsync());

        var response = await portal.CreateClient().GetAsync("/sitemap.xml");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = XDocument.Parse(await response.Content.ReadAsStringAsync());
        var urls = document.Root!.Elements(s_sitemap + "url").ToList();
        var locations = urls.Select(u => u.Element(s_sitemap + "loc")!.Value).ToList();
        Assert.Equal(locations.Count, locations.Distinct().Count());
        Assert.Equal(countries * 4, locations.Count(l => l.Contains("/countries/", StringComparison.Ordinal)));
        Assert.Contains("http://localhost/es/countries/mx", locations);
        Assert.Contains("http://localhost/fr/laws", locations);
        Assert.DoesNotContain(locations, l => l.Contains("/workspace", StringComparison.Ordinal) || l.Contains("/review", StringComparison.Ordinal));
        var mexico = urls.Single(u => u.Element(s_sitemap + "loc")!.Value == "http://localhost/pt/countries/mx");
        var alternates = mexico.Elements(s_xhtml + "link").ToDictionary(l => l.Attribute("hreflang")!.Value, l => l.Attribute("href")!.Value);
        Assert.Equal("http://localhost/es/countries/mx", alternates["es"]);
        Assert.Equal("http://localhost/en/countries/mx", alternates["x-default"]);
        Assert.Equal(5, alternates.Count);

        var profile = await portal.CreateClient().GetAsync("/es/countries/mx");
        Assert.Equal(HttpStatusCode.OK, profile.StatusCode);
    }

    [Fact]
    public async Task APublicPageDescribesItselfToLinkPreviewsInItsLanguage()
    {
        var page = await HtmlDocument.ParseAsync(await portal.CreateClient().GetAsync("/fr/countries/mx"));

        string? Meta(string property) => page.QuerySelector($"meta[property='{property}'], meta[name='{property}']")?.GetAttribute("content");
        Assert.Equal("Mexique : profil de la politique des MPME", Meta("og:title"));
        Assert.Equal("http://localhost/fr/countries/mx", Meta("og:url"));
        Assert.Equal("fr_FR", Meta("og:locale"));
        Assert.Equal(["en_US", "es_ES", "pt_BR"], page.QuerySelectorAll("meta[property='og:locale:alternate']").Select(m => m.GetAttribute("content")));
        Assert.Equal("summary_large_image", Meta("twitter:card"));
        Assert.Equal("http://localhost/fr/countries/mx/preview.png", Meta("twitter:image"));
        Assert.False(string.IsNullOrWhiteSpace(Meta("og:description")));
    }
}
