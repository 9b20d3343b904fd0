using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using ComunidadPyme.Core.Legal;
using ComunidadPyme.FunctionalTests.Features.CountryProfile;
using ComunidadPyme.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.FunctionalTests.Features.Feeds;

/// <summary>Atom feeds anyone can follow: the portal, a country, the laws or one topic, an indicator.</summary>
[Collection(PortalCollection.Name)]
public sealed class FeedsTests(PortalFactory portal)
{
    private async Task<SyndicationFeed> FeedAsync(string path)
    {
        using var response = await portal.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        return SyndicationFeed.Load(reader);
    }

    [Fact]
    public async Task FollowsACountryInTheReadersLanguageWithItsLawsAndFigures()
    {
        var laws = await portal.QueryAsync(db => db.LegalInstruments.AsNoTracking()
            .Where(l => db.Countries.Any(c => c.Id == l.CountryId && c.Iso2 == "BR")).Select(l => l.Id).ToListAsync());

        var feed = await FeedAsync("/es/countries/br/feed.atom");

        Assert.Equal("Brasil: novedades en Comunidad PYME", feed.Title.Text);
        Assert.Equal("es", feed.Language);
        var links = feed.Items.Select(i => i.Links[0].Uri.ToString()).ToList();
        Assert.Contains("http://localhost/es/countries/br#series-msme-count", links);
        Assert.Contains(feed.Items, i => i.Title.Text == "Nuevas cifras: Número de MIPYME — Brasil");
        Assert.All(links.Where(l => l.Contains("/laws/", StringComparison.Ordinal)),
            l => Assert.Contains(int.Parse(l[(l.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture), laws));
        Assert.Contains(links, l => l.Contains("/es/laws/", StringComparison.Ordinal));
        Assert.DoesNotContain(links, l => l.Contains("/countries/mx", StringComparison.Ordinal));
        Assert.Equal(feed.Items.OrderByDescending(i => i.LastUpdatedTime).Select(i => i.Id), feed.Items.Select(i => i.Id));
    }

    [Fact]
    public async Task FollowsALegalTopicWithOnlyTheLawsOnIt()
    {
        var onTopic = await portal.QueryAsync(db => db.LegalInstruments.AsNoTracking()
            .Where(l => (l.Topics & LegalTopics.FinanceAndGuarantees) != 0).Select(l => l.Id).ToListAsync());

        var feed = await FeedAsync("/fr/laws/feed.atom?topic=FinanceAndGuarantees");

        Assert.StartsWith("Lois sur ", feed.Title.Text);
        Assert.Equal(Math.Min(onTopic.Count, 50), feed.Items.Count());
        Assert.All(feed.Items, item => Assert.Contains(
            int.Parse(item.Links[0].Uri.Segments[^1], System.Globalization.CultureInfo.InvariantCulture), onTopic));
    }

    [Fact]
    public async Task FollowsAnIndicatorWithOneEntryPerCountrySeries()
    {
        var countries = await portal.QueryAsync(db => db.Observations.AsNoTracking()
            .Where(o => o.Indicator!.Code == "MSME_DENSITY").Select(o => o.CountryId).Distinct().CountAsync());

        var feed = await FeedAsync("/pt/indicators/MSME_DENSITY/feed.atom");

        Assert.Equal(countries, feed.Items.Count());
        Assert.All(feed.Items, item => Assert.StartsWith("Novos números: Densidade de MPME — ", item.Title.Text));
    }

    [Fact]
    public async Task FollowsTheWholePortalWithTheNewestFiftyChanges()
    {
        var feed = await FeedAsync("/en/feed.atom");

        Assert.Equal("Comunidad PYME: what changed", feed.Title.Text);
        Assert.Equal(50, feed.Items.Count());
        Assert.Contains(feed.Links, l => l.RelationshipType == "self" && l.Uri.ToString() == "http://localhost/en/feed.atom");
    }

    [Theory]
    [InlineData("/en/countries/zz/feed.atom")]
    [InlineData("/en/laws/feed.atom?topic=Astrology")]
    [InlineData("/en/laws/feed.atom?topic=3")]
    [InlineData("/en/indicators/NO_SUCH/feed.atom")]
    public async Task AnswersNotFoundForWhatCannotBeFollowed(string path)
    {
        using var response = await portal.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/es/countries/br", "/es/countries/br/feed.atom")]
    [InlineData("/en/indicators/MSME_DENSITY", "/en/indicators/msme_density/feed.atom")]
    [InlineData("/fr/laws?topic=Taxation", "/fr/laws/feed.atom?topic=Taxation")]
    [InlineData("/pt/", "/pt/feed.atom")]
    public async Task EveryPageNamesTheFeedThatFollowsIt(string path, string feed)
    {
        var page = await portal.OpenPageAsync(path);

        Assert.Equal(feed, page.QuerySelector("link[rel=alternate][type='application/atom+xml']")!.GetAttribute("href"));
        Assert.Equal(feed, page.QuerySelector("a.feed-link")!.GetAttribute("href"));
    }
}
