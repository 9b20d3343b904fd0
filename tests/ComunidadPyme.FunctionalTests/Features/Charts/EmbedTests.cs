using System.Net;
using System.Text.Json;
using ComunidadPyme.FunctionalTests.Features.CountryProfile;
using ComunidadPyme.FunctionalTests.Support;

namespace ComunidadPyme.FunctionalTests.Features.Charts;

/// <summary>Embeds may be framed by any site and set no cookie; every other page refuses to be framed.</summary>
[Collection(PortalCollection.Name)]
public sealed class EmbedTests(PortalFactory portal)
{
    [Fact]
    public async Task EmbedsAChartThatAnySiteMayFrameWithoutCookiesWithItsSourceLicenceAndLinkBack()
    {
        using var response = await portal.CreateClient().GetAsync("/embed/pt/countries/br/series/MSME_COUNT");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("frame-ancestors *", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.False(response.Headers.Contains("X-Frame-Options"));
        Assert.False(response.Headers.Contains("Set-Cookie"));
        var page = await HtmlDocument.ParseAsync(response);
        Assert.Equal("Número de MPME — Brasil · Comunidad PYME", page.Title);
        Assert.Empty(page.QuerySelectorAll("script"));
        Assert.Empty(page.QuerySelectorAll("link[rel=stylesheet]"));
        Assert.Equal("http://localhost/pt/countries/br#series-msme-count", page.QuerySelector("figcaption > a")!.GetAttribute("href"));
        Assert.Equal("https://creativecommons.org/licenses/by/4.0/", page.QuerySelector("a[rel~=license]")!.GetAttribute("href"));
        Assert.Contains("Fonte:", page.QuerySelector("svg")!.TextContent);
        Assert.StartsWith("http://localhost/oembed?url=", page.QuerySelector("link[type='application/json+oembed']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task EmbedsAComparison()
    {
        var page = await portal.OpenPageAsync("/embed/es/compare?indicator=MSME_DENSITY&countries=BR,MX&from=2019&to=2021&view=bar");

        Assert.Equal("Densidad de MIPYME, 2019–2021", page.QuerySelector("svg > title")!.TextContent);
        Assert.Equal(6, page.QuerySelectorAll("svg rect.chart-point").Length);
    }

    [Theory]
    [InlineData("/embed/fr/countries/zz/series/MSME_COUNT")]
    [InlineData("/embed/fr/countries/br/series/NO_SUCH")]
    [InlineData("/embed/fr/compare?indicator=NO_SUCH")]
    public async Task AnswersAnUnknownChartWithAnEmbedStyledNotFound(string path)
    {
        using var response = await portal.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("frame-ancestors *", response.Headers.GetValues("Content-Security-Policy").Single());
        var page = await HtmlDocument.ParseAsync(response);
        Assert.Equal("Graphique introuvable", page.QuerySelector("h1")!.TextContent);
        Assert.Null(page.QuerySelector("nav"));
    }

    [Theory]
    [InlineData("/en/countries/br")]
    [InlineData("/en/compare")]
    [InlineData("/en/countries/br/series/MSME_COUNT.svg")]
    public async Task RefusesToBeFramedEverywhereElse(string path)
    {
        using var response = await portal.CreateClient().GetAsync(path);

        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Theory]
    [InlineData("http://localhost/es/countries/br#series-msme-count", "Número de MIPYME — Brasil", "http://localhost/embed/es/countries/br/series/msme_count")]
    [InlineData("http://localhost/embed/en/countries/br/series/MSME_COUNT", "Number of MSMEs — Brazil", "http://localhost/embed/en/countries/br/series/msme_count")]
    [InlineData("http://localhost/fr/compare?indicator=MSME_DENSITY&countries=BR,MX&from=2019&to=2021", "Densité des MPME, 2019–2021",
        "http://localhost/embed/fr/compare?indicator=MSME_DENSITY&amp;countries=BR")]
    public async Task DescribesAChartForContentSystemsThroughOEmbed(string url, string title, string src)
    {
        using var response = await portal.CreateClient().GetAsync($"/oembed?format=json&url={Uri.EscapeDataString(url)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal("1.0", root.GetProperty("version").GetString());
        Assert.Equal("rich", root.GetProperty("type").GetString());
        Assert.Equal(title, root.GetProperty("title").GetString());
        Assert.Equal("Comunidad PYME", root.GetProperty("provider_name").GetString());
        var html = root.GetProperty("html").GetString()!;
        Assert.StartsWith($"<iframe src=\"{src}", html);
        Assert.Contains("width=\"640\" height=\"420\"", html);
    }

    [Fact]
    public async Task NarrowsTheEmbedToTheWidthTheContentSystemAllows()
    {
        var json = await portal.CreateClient().GetStringAsync(
            "/oembed?maxwidth=400&url=" + Uri.EscapeDataString("http://localhost/en/countries/br#series-msme-count"));

        Assert.Equal(400, JsonDocument.Parse(json).RootElement.GetProperty("width").GetInt32());
    }

    [Theory]
    [InlineData("/oembed?format=xml&url=http%3A%2F%2Flocalhost%2Fen%2Fcountries%2Fbr%23series-msme-count", HttpStatusCode.NotImplemented)]
    [InlineData("/oembed?url=http%3A%2F%2Flocalhost%2Fen%2Flaws", HttpStatusCode.NotFound)]
    [InlineData("/oembed?url=http%3A%2F%2Fevil.example%2Fen%2Fcountries%2Fbr%23series-msme-count", HttpStatusCode.NotFound)]
    [InlineData("/oembed?url=http%3A%2F%2Flocalhost%2Fen%2Fcountries%2Fzz%23series-msme-count", HttpStatusCode.NotFound)]
    [InlineData("/oembed", HttpStatusCode.NotFound)]
    public async Task AnswersWhatTheOEmbedSpecificationAsksForWhatItCannotEmbed(string path, HttpStatusCode expected)
    {
        using var response = await portal.CreateClient().GetAsync(path);

        Assert.Equal(expected, response.StatusCode);
    }
}
