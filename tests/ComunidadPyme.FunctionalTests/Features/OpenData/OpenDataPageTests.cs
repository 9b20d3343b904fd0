using System.Net;
using ComunidadPyme.FunctionalTests.Support;

namespace ComunidadPyme.FunctionalTests.Features.OpenData;

[Collection(PortalCollection.Name)]
public sealed class OpenDataPageTests(PortalFactory portal)
{
    [Theory]
    [InlineData("en", "Open data", "Licence and terms of use", "One file per indicator")]
    [InlineData("es", "Datos abiertos", "Licencia y condiciones de uso", "Un archivo por indicador")]
    [InlineData("pt", "Dados abertos", "Licença e termos de uso", "Um arquivo por indicador")]
    [InlineData("fr", "Données ouvertes", "Licence et conditions d'utilisation", "Un fichier par indicateur")]
    public async Task ExplainsTheTermsInTheVisitorsLanguage(string lang, string title, string licence, string perIndicator)
    {
        var response = await portal.CreateClient().GetAsync($"/{lang}/open-data");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlDocument.ParseAsync(response);
        Assert.Equal(title, page.QuerySelector("h1")!.TextContent.Trim());
        var headings = page.QuerySelectorAll("h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Contains(licence, headings);
        Assert.Contains(perIndicator, headings);
        Assert.NotNull(page.QuerySelector("a[rel=license][href='https://creativecommons.org/licenses/by/4.0/']"));
        Assert.NotNull(page.QuerySelector(".sample-data-notice"));
    }

    [Fact]
    public async Task ListsEveryDownloadWithItsFormatSizeAndDate()
    {
        var page = await HtmlDocument.ParseAsync(await portal.CreateClient().GetAsync("/fr/open-data"));

        var rows = page.QuerySelectorAll("tr[data-indicator]").ToList();
        Assert.Contains(rows, r => r.GetAttribute("data-indicator") == "MSME_COUNT" && r.TextContent.Contains("Nombre de MPME"));
        var facts = page.QuerySelectorAll(".download-facts").Select(f => f.TextContent).ToList();
        Assert.Equal(2 * rows.Count + 3, facts.Count);
        Assert.All(facts, f => Assert.Matches(@"\d+,\d (ko|Mo)|\d+ octets", f));
        Assert.All(facts, f => Assert.Contains("mis à jour le", f));
        Assert.NotNull(page.QuerySelector("a[href='/downloads/comunidad-pyme-data.zip']"));
        Assert.NotNull(page.QuerySelector("a[href='/api/docs']"));
        Assert.NotNull(page.QuerySelector("a[href='/catalog.jsonld']"));
    }

    [Fact]
    public async Task LinksOnlyToFilesThatExist()
    {
        var client = portal.CreateClient();
        var page = await HtmlDocument.ParseAsync(await client.GetAsync("/en/open-data"));

        var links = page.QuerySelectorAll("a[href^='/downloads/']").Select(a => a.GetAttribute("href")!).Distinct().ToList();

        Assert.True(links.Count > 3);
        foreach (var link in links)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(link)).StatusCode);
        }
    }
}
