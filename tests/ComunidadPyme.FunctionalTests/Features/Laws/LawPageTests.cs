using System.Net;
using AngleSharp.Dom;
using ComunidadPyme.FunctionalTests.Support;
using ComunidadPyme.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComunidadPyme.FunctionalTests.Features.Laws;

/// <summary>The page of one instrument: its facts, principles and relations in both directions.</summary>
[Collection(PortalCollection.Name)]
public sealed class LawPageTests(PortalFactory portal)
{
    private async Task<int> IdOfAsync(string officialNumber)
    {
        using var scope = portal.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().LegalInstruments
            .Where(l => l.OfficialNumber == officialNumber).Select(l => l.Id).SingleAsync();
    }

    private async Task<IDocument> GetAsync(string address)
    {
        var response = await portal.CreateClient().GetAsync(address);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await HtmlDocument.ParseAsync(response);
    }

    [Fact]
    public async Task ShowsThatLc123IsAmendedByLc155()
    {
        var statute = await IdOfAsync("Lei Complementar 123/2006");
        var amendment = await IdOfAsync("Lei Complementar 155/2016");

        var page = await GetAsync($"/en/laws/{statute}");

        var amendedBy = page.QuerySelector($"dd[data-relation='Relation.AmendsBy'][data-law-id='{amendment}']");
        Assert.NotNull(amendedBy);
        Assert.Contains("Lei Complementar 155/2016", amendedBy.TextContent);
        Assert.Equal($"/en/laws/{amendment}", amendedBy.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("Amended by", page.QuerySelector(".law-relations")!.TextContent);
    }

    [Fact]
    public async Task ShowsThatLc155AmendsLc123()
    {
        var statute = await IdOfAsync("Lei Complementar 123/2006");
        var amendment = await IdOfAsync("Lei Complementar 155/2016");

        var page = await GetAsync($"/pt/laws/{amendment}");

        var amends = page.QuerySelector($"dd[data-relation='Relation.Amends'][data-law-id='{statute}']");
        Assert.NotNull(amends);
        Assert.Contains("Altera", page.QuerySelector(".law-relations dt")!.TextContent);
    }

    [Fact]
    public async Task ShowsTheFactsOfTheInstrument()
    {
        var statute = await IdOfAsync("Lei Complementar 123/2006");

        var page = await GetAsync($"/en/laws/{statute}");

        Assert.Contains("National Statute of Micro-enterprises", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("/en/countries/br", page.QuerySelector(".law-facts a[href^='/en/countries/']")!.GetAttribute("href"));
        var facts = page.QuerySelector(".law-facts")!.TextContent;
        Assert.Contains("Congresso Nacional", facts);
        Assert.Contains("December 14, 2006", facts);
        Assert.Contains("Amended", facts);
        Assert.Contains("Public procurement", facts);
        Assert.Contains("Principle 15", page.QuerySelector(".law-principles")!.TextContent);
        Assert.Contains("Simples Nacional", page.QuerySelector("#law-summary + p")!.TextContent);
        Assert.Null(page.QuerySelector(".sample-badge"));
    }

    [Fact]
    public async Task MarksASampleInstrumentAsSample()
    {
        var page = await GetAsync("/en/laws?q=sample");
        var id = page.QuerySelector("li[data-law-id]")!.GetAttribute("data-law-id");

        var law = await GetAsync($"/en/laws/{id}");

        Assert.NotNull(law.QuerySelector(".sample-badge"));
        Assert.NotNull(law.QuerySelector(".sample-data-notice"));
    }

    [Theory]
    [InlineData("/en/laws/999999")]
    [InlineData("/en/laws/abc")]
    [InlineData("/en/laws/-3")]
    [InlineData("/en/laws/99999999999")]
    [InlineData("/en/laws/999999/document")]
    public async Task ReturnsNotFoundForAnUnknownInstrument(string address)
    {
        var response = await portal.CreateClient().GetAsync(address);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task OffersNoDownloadWhenNoDocumentIsStored()
    {
        var statute = await IdOfAsync("Lei Complementar 123/2006");

        var page = await GetAsync($"/en/laws/{statute}");
        var download = await portal.CreateClient().GetAsync($"/en/laws/{statute}/document");

        Assert.Null(page.QuerySelector("a[href$='/document']"));
        Assert.Equal(HttpStatusCode.NotFound, download.StatusCode);
    }
}
