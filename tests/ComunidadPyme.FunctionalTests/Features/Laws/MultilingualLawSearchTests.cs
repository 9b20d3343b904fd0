using System.Net;
using ComunidadPyme.FunctionalTests.Support;

namespace ComunidadPyme.FunctionalTests.Features.Laws;

/// <summary>
/// A query in any of the four languages, with or without accents, singular or plural, finds what its equivalent
/// finds in the others: table-driven over the sample library, whose instruments each exist in one language's words
/// per language ("Regulation", "Reglamento", "Regulamento", "Règlement").
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class MultilingualLawSearchTests(PortalFactory portal)
{
    [Theory]
    [InlineData("en", "regulation", "es", "regulacion")]
    [InlineData("en", "regulation", "es", "regulación")]
    [InlineData("en", "regulation", "es", "reglamentos")]
    [InlineData("en", "regulation", "pt", "regulamentação")]
    [InlineData("en", "regulation", "fr", "réglementation")]
    [InlineData("en", "tax", "es", "impuesto")]
    [InlineData("en", "tax", "es", "tributación")]
    [InlineData("en", "tax", "pt", "tributação")]
    [InlineData("en", "tax", "fr", "impôts")]
    [InlineData("en", "finance", "es", "financiamiento")]
    [InlineData("en", "finance", "pt", "financiamento")]
    [InlineData("en", "finance", "fr", "financement")]
    [InlineData("es", "financiamiento", "en", "finance")]
    [InlineData("es", "impuesto", "en", "taxes")]
    public async Task FindsWhatItsEquivalentFindsInAnotherLanguage(string language, string text, string otherLanguage, string equivalent)
    {
        var expected = await IdsAsync(language, text);
        var found = await IdsAsync(otherLanguage, equivalent);

        Assert.NotEmpty(expected);
        Assert.Superset(expected, found);
    }

    [Fact]
    public async Task OffersTheClosestWordForANearMissAndItsLinkFindsInstruments()
    {
        var page = await HtmlDocument.ParseAsync(await portal.CreateClient().GetAsync("/es/laws?q=reglamneto"));

        var link = page.QuerySelector(".law-suggestion a")!;
        Assert.StartsWith("¿Quiso decir ", page.QuerySelector(".law-suggestion")!.TextContent.Trim());
        Assert.Equal("reglamento", link.TextContent.Trim());
        var followed = await HtmlDocument.ParseAsync(await portal.CreateClient().GetAsync(link.GetAttribute("href")!));
        Assert.NotEmpty(followed.QuerySelectorAll("[data-law-id]"));
    }

    private async Task<HashSet<int>> IdsAsync(string language, string text)
    {
        var ids = new HashSet<int>();
        for (var pageNumber = 1; pageNumber <= 20; pageNumber++)
        {
            var response = await portal.CreateClient().GetAsync($"/{language}/laws?q={Uri.EscapeDataString(text)}&page={pageNumber}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await HtmlDocument.ParseAsync(response);
            var found = page.QuerySelectorAll("[data-law-id]").Select(e => int.Parse(e.GetAttribute("data-law-id")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            if (found.Count == 0)
            {
                break;
            }

            ids.UnionWith(found);
        }

        return ids;
    }
}
