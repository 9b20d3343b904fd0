using System.Net;
using AngleSharp.Dom;
using ComunidadPyme.Core.Programmes;
using ComunidadPyme.FunctionalTests.Support;
using ComunidadPyme.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComunidadPyme.FunctionalTests.Features.Programmes;

/// <summary>The directory of support programmes, its filters and pages, checked against the database.</summary>
[Collection(PortalCollection.Name)]
public sealed class ProgrammeDirectoryTests(PortalFactory portal)
{
    private async Task<IDocument> GetAsync(string address)
    {
        var response = await portal.CreateClient().GetAsync(address);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await HtmlDocument.ParseAsync(response);
    }

    private static List<int> Ids(IDocument page) =>
        page.QuerySelectorAll("[data-programme-id]").Select(e => int.Parse(e.GetAttribute("data-programme-id")!)).ToList();

    private async Task<List<SupportProgramme>> ProgrammesAsync(Func<IQueryable<SupportProgramme>, IQueryable<SupportProgramme>> query)
    {
        using var scope = portal.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>().SupportProgrammes.AsNoTracking()).ToListAsync();
    }

    [Fact]
    public async Task ListsOnlyProgrammesForWomenEntrepreneursWhenAsked()
    {
        var expected = (await ProgrammesAsync(q => q)).Where(p => p.TargetGroups.HasFlag(TargetGroups.WomenEntrepreneurs)).ToList();

        var page = await GetAsync("/en/programmes?target=WomenEntrepreneurs");

        Assert.NotEmpty(expected);
        Assert.Subset(expected.Select(p => p.Id).ToHashSet(), Ids(page).ToHashSet());
        Assert.Equal(Math.Min(20, expected.Count), Ids(page).Count);
        Assert.Contains($"{expected.Count} programmes found", page.QuerySelector(".programme-count")!.TextContent);
        Assert.All(page.QuerySelectorAll("[data-programme-id]"), card =>
            Assert.NotNull(card.QuerySelector("[data-target='WomenEntrepreneurs']")));
        Assert.Contains("Women entrepreneurs", page.QuerySelector("[data-programme-id] .programme-targets")!.TextContent);
    }

    [Fact]
    public async Task FiltersByCountryAndType()
    {
        var page = await GetAsync("/es/programmes?country=mx&type=Finance");
        var ids = Ids(page);
        var found = await ProgrammesAsync(q => q.Where(p => ids.Contains(p.Id)));

        Assert.All(found, p => Assert.Equal(ProgrammeType.Finance, p.Type));
        Assert.All(page.QuerySelectorAll("[data-country]"), e => Assert.Equal("MX", e.GetAttribute("data-country")));
        Assert.All(page.QuerySelectorAll(".programme-type"), e => Assert.Equal("Financiamiento", e.TextContent));
    }

    [Fact]
    public async Task SeparatesProgrammesRunningTodayFromTheOthers()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var running = await GetAsync("/en/programmes?active=true");
        var others = await GetAsync("/en/programmes?active=false");
        var runningIds = Ids(running);
        var otherIds = Ids(others);

        Assert.NotEmpty(runningIds);
        Assert.NotEmpty(otherIds);
        Assert.All(await ProgrammesAsync(q => q.Where(p => runningIds.Contains(p.Id))), p => Assert.True(p.IsActiveOn(today)));
        Assert.All(await ProgrammesAsync(q => q.Where(p => otherIds.Contains(p.Id))), p => Assert.False(p.IsActiveOn(today)));
        Assert.All(others.QuerySelectorAll(".programme-state"), e => Assert.Contains("Not running today", e.TextContent));
    }

    [Fact]
    public async Task ShowsTwentyPerPageAndADifferentSecondPage()
    {
        var first = await GetAsync("/en/programmes");
        var second = await GetAsync("/en/programmes?page=2");
        var beyond = await GetAsync("/en/programmes?page=500");

        Assert.Equal(20, Ids(first).Count);
        Assert.NotEmpty(Ids(second));
        Assert.Empty(Ids(first).Intersect(Ids(second)));
        Assert.Empty(Ids(beyond));
        Assert.Contains("There is no page 500", beyond.QuerySelector(".programme-count")!.TextContent);
    }

    [Fact]
    public async Task MarksSampleProgrammes()
    {
        var page = await GetAsync("/fr/programmes");

        Assert.Equal("Programmes d'appui", page.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.QuerySelector("[data-programme-id] .sample-badge"));
        Assert.NotNull(page.QuerySelector(".sample-data-notice"));
    }

    [Theory]
    [InlineData("country=ZZ", "No member state has the code “ZZ”")]
    [InlineData("type=Bogus", "“Bogus” is not a type of programme")]
    [InlineData("target=Aliens", "“Aliens” is not a target group")]
    [InlineData("target=16", "“16” is not a target group")]
    [InlineData("active=maybe", "“maybe” is not a choice")]
    [InlineData("page=-1", "“-1” is not a page number")]
    [InlineData("country=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "No member state has the code “<script>alert(1)</script>”")]
    public async Task IgnoresAMalformedFilterAndSaysWhy(string query, string message)
    {
        var response = await portal.CreateClient().GetAsync($"/en/programmes?{query}");
        var html = await response.Content.ReadAsStringAsync();
        var page = await HtmlDocument.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, page.QuerySelector(".filter-notices")!.TextContent);
        Assert.DoesNotContain("<script>alert", html);
        Assert.Equal(20, Ids(page).Count);
    }
}
