using System.Net;
using AngleSharp.Dom;
using ComunidadPyme.Core.Legal;
using ComunidadPyme.FunctionalTests.Support;
using ComunidadPyme.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComunidadPyme.FunctionalTests.Features.Laws;

/// <summary>The legal library's filters and pages, checked against the database.</summary>
[Collection(PortalCollection.Name)]
public sealed class LawFiltersTests(PortalFactory portal)
{
    private async Task<IDocument> GetAsync(string address)
    {
        var response = await portal.CreateClient().GetAsync(address);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await HtmlDocument.ParseAsync(response);
    }

    private static List<int> ResultIds(IDocument page) =>
        page.QuerySelectorAll("li[data-law-id]").Select(e => int.Parse(e.GetAttribute("data-law-id")!)).ToList();

    private async Task<List<LegalInstrument>> InstrumentsAsync(IEnumerable<int> ids)
    {
        using var scope = portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var list = ids.ToList();
        return await db.LegalInstruments.AsNoTracking().Where(l => list.Contains(l.Id)).ToListAsync();
    }

    private async Task<int> CountryIdAsync(string iso2)
    {
        using var scope = portal.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Countries
            .Where(c => c.Iso2 == iso2).Select(c => c.Id).SingleAsync();
    }

    [Fact]
    public async Task FiltersByCountry()
    {
        var brazil = await CountryIdAsync("BR");

        var ids = ResultIds(await GetAsync("/en/laws?country=br"));

        Assert.NotEmpty(ids);
        Assert.All(await InstrumentsAsync(ids), l => Assert.Equal(brazil, l.CountryId));
    }

    [Fact]
    public async Task FiltersByTopic()
    {
        var ids = ResultIds(await GetAsync("/en/laws?topic=Taxation"));

        Assert.NotEmpty(ids);
        Assert.All(await InstrumentsAsync(ids), l => Assert.True(l.Topics.HasFlag(LegalTopics.Taxation)));
    }

    [Fact]
    public async Task FiltersByTypeAndStatus()
    {
        var page = await GetAsync("/en/laws?type=Decree&status=Repealed");
        var ids = ResultIds(page);

        Assert.NotEmpty(ids);
        Assert.All(await InstrumentsAsync(ids), l =>
        {
            Assert.Equal(LegalInstrumentType.Decree, l.Type);
            Assert.Equal(LegalStatus.Repealed, l.Status);
        });
        Assert.All(page.QuerySelectorAll(".law-meta"), m => Assert.Contains("Repealed", m.TextContent));
    }

    [Fact]
    public async Task FiltersByYearOfEnactmentOrPublication()
    {
        var ids = ResultIds(await GetAsync("/en/laws?year=2016"));

        Assert.NotEmpty(ids);
        Assert.All(await InstrumentsAsync(ids), l => Assert.True(l.EnactedOn?.Year == 2016 || l.PublishedOn?.Year == 2016));
    }

    [Fact]
    public async Task ShowsTwentyPerPageAndADifferentSecondPage()
    {
        var first = await GetAsync("/en/laws");
        var second = await GetAsync("/en/laws?page=2");

        Assert.Equal(20, ResultIds(first).Count);
        Assert.NotEmpty(ResultIds(second));
        Assert.Empty(ResultIds(first).Intersect(ResultIds(second)));
        Assert.Equal("/en/laws?page=2", first.QuerySelector(".result-pages a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("/en/laws", second.QuerySelector(".result-pages a[rel=prev]")!.GetAttribute("href"));
        Assert.Contains("Page 2 of", second.QuerySelector(".law-count")!.TextContent);
    }

    [Fact]
    public async Task KeepsTheFiltersInThePageLinks()
    {
        var page = await GetAsync("/en/laws?status=InForce");

        Assert.Equal("/en/laws?status=InForce&page=2", page.QuerySelector(".result-pages a[rel=next]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task SaysSoWhenThePageIsBeyondTheLast()
    {
        var page = await GetAsync("/en/laws?page=99");

        Assert.Empty(ResultIds(page));
        Assert.Contains("There is no page 99", page.QuerySelector(".law-count")!.TextContent);
    }

    [Theory]
    [InlineData("year=abc", "“abc” is not a year")]
    [InlineData("year=99999", "“99999” is not a year")]
    [InlineData("country=ZZ", "No member state has the code “ZZ”")]
    [InlineData("type=Bogus", "“Bogus” is not a type of instrument")]
    [InlineData("type=2", "“2” is not a type of instrument")]
    [InlineData("status=Lost", "“Lost” is not a status")]
    [InlineData("topic=None", "“None” is not a topic")]
    [InlineData("page=-1", "“-1” is not a page number")]
    [InlineData("page=abc", "“abc” is not a page number")]
    public async Task IgnoresAMalformedFilterAndSaysWhy(string query, string message)
    {
        var page = await GetAsync($"/en/laws?{query}");

        Assert.Contains(message, page.QuerySelector(".filter-notices")!.TextContent);
        Assert.Equal(20, ResultIds(page).Count);
    }

    [Fact]
    public async Task ExplainsMalformedFiltersInTheVisitorsLanguage()
    {
        var page = await GetAsync("/es/laws?year=abc");

        Assert.Contains("«abc» no es un año", page.QuerySelector(".filter-notices")!.TextContent);
        Assert.Equal("Biblioteca jurídica", page.QuerySelector("h1")!.TextContent);
    }
}
