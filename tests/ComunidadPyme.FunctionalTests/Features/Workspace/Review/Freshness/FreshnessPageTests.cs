using System.Net;
using ComunidadPyme.Core.Countries;
using ComunidadPyme.Core.Indicators;
using ComunidadPyme.FunctionalTests.Support;
using ComunidadPyme.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComunidadPyme.FunctionalTests.Features.Workspace.Review.Freshness;

/// <summary>The OAS data-freshness page: every country's parts with their dates, stale markers and completeness.</summary>
public sealed class FreshnessPageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData(WorkspaceUser.Reviewer, HttpStatusCode.OK)]
    [InlineData(WorkspaceUser.Administrator, HttpStatusCode.OK)]
    [InlineData(WorkspaceUser.FocalPointBrazil, HttpStatusCode.Forbidden)]
    public async Task OnlyReviewersAndAdministratorsSeeThePage(WorkspaceUser user, HttpStatusCode expected)
    {
        var client = await WorkspaceSignIn.ClientAsync(portal, user);

        Assert.Equal(expected, (await client.GetAsync("/en/review/freshness")).StatusCode);
    }

    [Fact]
    public async Task ShowsEachCountrysPartsWithTheirDateAndAStaleMarkerInText()
    {
        await MakeMexicosProgrammesTwoYearsOldAsync();
        var reviewer = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.Reviewer);

        var page = await HtmlDocument.ParseAsync(await reviewer.GetAsync("/en/review/freshness"));

        Assert.Equal("Data freshness", page.QuerySelector("h1")!.TextContent.Trim());
        var brazil = page.QuerySelector("tr[data-country=BR]")!;
        var mexico = page.QuerySelector("tr[data-country=MX]")!;
        Assert.Contains("Brazil", brazil.TextContent);
        Assert.Contains("%", brazil.QuerySelector(".freshness-score")!.TextContent);
        var programmes = mexico.QuerySelector("td[data-part=Programmes]")!;
        Assert.Equal("Stale", programmes.GetAttribute("data-state"));
        Assert.Contains("Stale", programmes.TextContent);
        Assert.Contains($"updated {DateTime.UtcNow.AddYears(-2).ToString("d MMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en"))}", programmes.TextContent);
        Assert.NotNull(page.QuerySelector(".table-responsive table.freshness-table"));
        Assert.NotNull(page.QuerySelector(".review-sections a.active[href='/en/review/freshness']"));
    }

    [Fact]
    public async Task IsInTheReadersLanguageWithItsDateAndNumberFormats()
    {
        await MakeMexicosProgrammesTwoYearsOldAsync();
        var reviewer = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.Reviewer);

        var page = await HtmlDocument.ParseAsync(await reviewer.GetAsync("/fr/review/freshness?region=NorthAmerica"));

        Assert.Equal("Fraîcheur des données", page.QuerySelector("h1")!.TextContent.Trim());
        var programmes = page.QuerySelector("tr[data-country=MX] td[data-part=Programmes]")!;
        Assert.Contains("Périmé", programmes.TextContent);
        Assert.Contains(DateTime.UtcNow.AddYears(-2).ToString("d MMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("fr")), programmes.TextContent);
        Assert.Null(page.QuerySelector("tr[data-country=BR]"));
    }

    [Fact]
    public async Task StaleOnlyHidesCountriesWhosePartsAreAllCurrentAndSortsByScore()
    {
        var reviewer = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.Reviewer);

        var page = await HtmlDocument.ParseAsync(await reviewer.GetAsync("/en/review/freshness?stale=true&sort=Score"));

        var rows = page.QuerySelectorAll("table.freshness-table tbody tr").ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.NotEmpty(row.QuerySelectorAll("td[data-state=Stale], td[data-state=Missing]")));
        var scores = rows.Select(r => double.Parse(r.QuerySelector(".freshness-score")!.GetAttribute("data-score")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(scores.Order(), scores);
    }

    [Fact]
    public async Task TheWomenFilterNarrowsIndicatorsLawsAndProgrammesToThoseTaggedForWomensEntrepreneurship()
    {
        var reviewer = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.Reviewer);
        var allIndicators = await portal.QueryAsync(db => db.Indicators.CountAsync(i => i.IsActive));
        var womenIndicators = await portal.QueryAsync(db => db.Indicators.CountAsync(i => i.IsActive && i.Theme == IndicatorTheme.WomensEntrepreneurship));

        var all = await HtmlDocument.ParseAsync(await reviewer.GetAsync("/en/review/freshness"));
        var women = await HtmlDocument.ParseAsync(await reviewer.GetAsync("/en/review/freshness?women=true"));

        Assert.Contains($"of {allIndicators} indicators", all.QuerySelector("tr[data-country=BR] td[data-part=Indicators]")!.TextContent);
        Assert.DoesNotContain($"of {allIndicators} indicators", women.QuerySelector("tr[data-country=BR] td[data-part=Indicators]")!.TextContent);
        if (womenIndicators > 0)
        {
            Assert.Contains($"of {womenIndicators} indicators", women.QuerySelector("tr[data-country=BR] td[data-part=Indicators]")!.TextContent);
        }

        Assert.NotNull(women.QuerySelector(".women-notice"));
        Assert.True(women.QuerySelector("#freshness-women")!.HasAttribute("checked"));
    }

    [Fact]
    public async Task TheCountrysDashboardJudgesEachPartAsThisPageDoes()
    {
        await MakeMexicosProgrammesTwoYearsOldAsync();
        var reviewer = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.Reviewer);
        var focalPoint = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointMexico);

        var freshness = await HtmlDocument.ParseAsync(await reviewer.GetAsync("/en/review/freshness"));
        var dashboard = await HtmlDocument.ParseAsync(await focalPoint.GetAsync("/en/workspace/mx"));

        var parts = freshness.QuerySelectorAll("tr[data-country=MX] td[data-part]")
            .ToDictionary(td => td.GetAttribute("data-part")!, td => td.GetAttribute("data-state")!);
        var sections = dashboard.QuerySelectorAll(".section-statuses li[data-section]")
            .ToDictionary(li => li.GetAttribute("data-section")!, li => li.GetAttribute("data-state")!);
        Assert.Equal(6, sections.Count);
        Assert.Equal(parts["Authorities"], sections["authorities"]);
        Assert.Equal(parts["Definitions"], sections["definitions"]);
        Assert.Equal(parts["Indicators"], sections["statistics"]);
        Assert.Equal(parts["LegalFramework"], sections["legalframework"]);
        Assert.Equal(parts["Programmes"], sections["programmes"]);
        Assert.Equal(parts["Progress"], sections["progress"]);
        Assert.Equal("Stale", sections["programmes"]);
        Assert.Contains("Needs updating or confirming.", dashboard.QuerySelector("[data-section=programmes]")!.TextContent);
        Assert.Contains(dashboard.QuerySelectorAll("[data-finding='SectionsNotConfirmed']"), f => f.TextContent.Contains("Support programmes", StringComparison.Ordinal));
    }

    private async Task MakeMexicosProgrammesTwoYearsOldAsync()
    {
        var twoYearsAgo = DateTime.UtcNow.AddYears(-2);
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var mexico = await db.Countries.Where(c => c.Iso2 == "MX").Select(c => c.Id).SingleAsync();
        await db.SupportProgrammes.Where(p => p.CountryId == mexico).ExecuteUpdateAsync(s => s.SetProperty(p => p.UpdatedAtUtc, twoYearsAgo));
        await db.SectionConfirmations.Where(c => c.CountryId == mexico && c.Section == ProfileSection.Programmes).ExecuteDeleteAsync();
    }
}
