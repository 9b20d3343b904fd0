using System.Net;
using AngleSharp.Dom;
using ComunidadPyme.FunctionalTests.Support;

namespace ComunidadPyme.FunctionalTests.Features.Laws;

/// <summary>Full-text search of the legal library: accents, case, stemming, snippets and hostile input.</summary>
public sealed class LawSearchTests(LawLibraryPortal portal) : IClassFixture<LawLibraryPortal>
{
    private async Task<IDocument> SearchAsync(string address)
    {
        var response = await portal.CreateClient().GetAsync(address);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await HtmlDocument.ParseAsync(response);
    }

    private static List<int> ResultIds(IDocument page) =>
        page.QuerySelectorAll("[data-law-id]").Select(e => int.Parse(e.GetAttribute("data-law-id")!)).ToList();

    [Theory]
    [InlineData("regulacion")]
    [InlineData("REGULACIÓN")]
    [InlineData("Regulación")]
    [InlineData("reGULacion")]
    public async Task FindsRegulacionWhateverTheAccentsAndCase(string text)
    {
        var page = await SearchAsync($"/es/laws?q={Uri.EscapeDataString(text)}");

        Assert.Contains(portal.RegulationId, ResultIds(page));
        Assert.Contains(LawLibraryPortal.RegulationTitle, page.QuerySelector("ol.law-results")!.TextContent);
    }

    [Fact]
    public async Task FindsASpanishSingularGivenItsPlural()
    {
        var page = await SearchAsync("/es/laws?q=familiares+empresas+regulacion");

        Assert.Equal([portal.RegulationId], ResultIds(page));
    }

    [Fact]
    public async Task FindsThePortuguesePluralGivenItsSingular()
    {
        // LC 123/2006 speaks of "tributos", never of "tributo": only the Portuguese stemmer joins them.
        var statute = await portal.IdOfAsync("Lei Complementar 123/2006");

        var page = await SearchAsync("/pt/laws?q=tributo");

        Assert.Contains(statute, ResultIds(page));
    }

    [Fact]
    public async Task FindsAnInstrumentByItsOfficialNumber()
    {
        var amendment = await portal.IdOfAsync("Lei Complementar 155/2016");

        var page = await SearchAsync("/en/laws?q=155%2F2016");

        Assert.Equal(amendment, ResultIds(page).First());
    }

    [Fact]
    public async Task MarksTheMatchedWordsInTheSnippetAndEncodesTheRest()
    {
        var response = await portal.CreateClient().GetAsync("/es/laws?q=regulacion");
        var html = await response.Content.ReadAsStringAsync();
        var page = await HtmlDocument.ParseAsync(response);

        var snippet = page.QuerySelector($"[data-law-id='{portal.RegulationId}'] .law-snippet")!;
        Assert.Equal("regulación", snippet.QuerySelector("mark")!.TextContent);
        Assert.Null(snippet.QuerySelector("b"));
        Assert.Contains("<b>pequeñas</b>", snippet.TextContent);
        Assert.DoesNotContain("<b>peque", html);
    }

    [Theory]
    [InlineData("\"regulación")]
    [InlineData("regul*")]
    [InlineData("?")]
    [InlineData("title:regulación")]
    [InlineData("AND OR")]
    [InlineData("NOT")]
    [InlineData("' OR 1=1 --")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("[a TO z] {x} (y) ~2 ^3 \\ / ! &&")]
    public async Task AnswersHostileQueriesWithoutFailingOrInjecting(string text)
    {
        var response = await portal.CreateClient().GetAsync($"/en/laws?q={Uri.EscapeDataString(text)}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>alert", html);
        var page = await HtmlDocument.ParseAsync(response);
        Assert.NotNull(page.QuerySelector(".law-count"));
        Assert.Equal(text, page.QuerySelector("#law-q")!.GetAttribute("value"));
    }

    [Fact]
    public async Task ShortensAVeryLongQueryAndSaysSo()
    {
        var text = string.Concat(Enumerable.Repeat("regulación ", 500));

        var page = await SearchAsync($"/en/laws?q={Uri.EscapeDataString(text)}");

        Assert.Contains("only its first 200 characters were used", page.QuerySelector(".filter-notices")!.TextContent);
        Assert.Contains(portal.RegulationId, ResultIds(page));
    }

    [Fact]
    public async Task SaysSoWhenNothingMatches()
    {
        var page = await SearchAsync("/fr/laws?q=xylophonique");

        Assert.Empty(ResultIds(page));
        Assert.Contains("Aucun instrument ne correspond", page.QuerySelector(".law-count")!.TextContent);
    }
}
