using System.Net;
using ComunidadPyme.Core.Countries;
using ComunidadPyme.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.FunctionalTests.Features.Workspace.Confirmations;

/// <summary>"Confirm these data are current" stamps the date on the section (and, for authorities, on every focal point).</summary>
public sealed class SectionConfirmationsTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task ConfirmingTheAuthoritiesStampsTheSectionAndEveryFocalPoint()
    {
        var brazilId = await portal.CountryIdAsync("BR");
        await portal.AddFocalPointAsync("BR");
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);

        var response = await client.PostFormAsync("/en/workspace/br/confirm/authorities", new Dictionary<string, string> { ["returnTo"] = "focal-points" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/en/workspace/br/focal-points", response.Headers.Location!.OriginalString);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var confirmation = await portal.QueryAsync(db => db.SectionConfirmations.AsNoTracking()
            .SingleAsync(s => s.CountryId == brazilId && s.Section == ProfileSection.Authorities));
        Assert.Equal(today, DateOnly.FromDateTime(confirmation.ConfirmedAtUtc));
        Assert.Equal("focal.br@example.org", confirmation.ConfirmedBy);
        var stamps = await portal.QueryAsync(db => db.FocalPoints.Where(f => f.CountryId == brazilId).Select(f => f.LastConfirmedOn).ToListAsync());
        Assert.NotEmpty(stamps);
        Assert.All(stamps, stamp => Assert.Equal(today, stamp));

        var list = await HtmlDocument.ParseAsync(await client.GetAsync("/en/workspace/br/focal-points"));
        Assert.All(list.QuerySelectorAll("td.last-confirmed"), cell => Assert.Equal(today.ToString("d MMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en")), cell.TextContent));
        Assert.Contains("Last confirmed as current on", list.QuerySelector(".section-confirmation")!.TextContent);
    }

    [Fact]
    public async Task ConfirmingASectionIsRecordedInTheCountrysHistoryAndClearsTheDashboardWarning()
    {
        var mexicoId = await portal.CountryIdAsync("MX");
        // A section is as current as its latest change or confirmation: laws last changed two years ago are stale.
        await portal.QueryAsync(db => db.LegalInstruments.Where(l => l.CountryId == mexicoId)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.UpdatedAtUtc, DateTime.UtcNow.AddYears(-2))));
        await portal.QueryAsync(db => db.SectionConfirmations.Where(c => c.CountryId == mexicoId && c.Section == ProfileSection.LegalFramework).ExecuteDeleteAsync());
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointMexico);
        var before = await HtmlDocument.ParseAsync(await client.GetAsync("/en/workspace/mx"));
        Assert.Contains(before.QuerySelectorAll("[data-finding='SectionsNotConfirmed']"), f => f.TextContent.Contains("Legal framework"));

        await client.PostFormAsync("/en/workspace/mx/confirm/legalframework", []);

        var after = await HtmlDocument.ParseAsync(await client.GetAsync("/en/workspace/mx"));
        Assert.DoesNotContain(after.QuerySelectorAll("[data-finding='SectionsNotConfirmed']"), f => f.TextContent.Contains("Legal framework"));
        Assert.Contains("focal.mx@example.org", after.QuerySelector("[data-section='legalframework']")!.TextContent);
        var audited = await portal.QueryAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == "Country" && a.EntityKey == mexicoId.ToString()).OrderBy(a => a.Id).LastAsync());
        Assert.Contains(audited.Changes, c => c.Field == "Confirmations" && c.NewValue!.Contains("LegalFramework"));
        Assert.Equal("focal.mx@example.org", audited.UserName);
    }

    [Theory]
    [InlineData("nonsense")]
    [InlineData("1")]
    [InlineData("Authorities%27%20OR%201=1")]
    public async Task AnUnknownSectionIsNotFound(string section)
    {
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);

        var response = await client.PostFormAsync($"/en/workspace/br/confirm/{section}", []);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task AReturnAddressOutsideTheWorkspaceIsIgnored()
    {
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);

        var response = await client.PostFormAsync("/en/workspace/br/confirm/programmes", new Dictionary<string, string> { ["returnTo"] = "https://evil.example.com/" });

        Assert.Equal("/en/workspace/br", response.Headers.Location!.OriginalString);
    }
}
