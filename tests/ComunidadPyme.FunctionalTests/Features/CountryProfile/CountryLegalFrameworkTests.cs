using System.Net;
using ComunidadPyme.Core.Legal;
using ComunidadPyme.FunctionalTests.Support;
using ComunidadPyme.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComunidadPyme.FunctionalTests.Features.CountryProfile;

/// <summary>The legal framework part of a profile and its filters in the address.</summary>
[Collection(PortalCollection.Name)]
public sealed class CountryLegalFrameworkTests(PortalFactory portal)
{
    private async Task<List<(int Id, LegalInstrumentType Type, LegalTopics Topics, LegalStatus Status)>> BrazilsLawsAsync()
    {
        using var scope = portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var laws = await db.LegalInstruments.AsNoTracking()
            .Where(l => db.Countries.Any(c => c.Id == l.CountryId && c.Iso2 == "BR"))
            .Select(l => new { l.Id, l.Type, l.Topics, l.Status }).ToListAsync();
        return laws.Select(l => (l.Id, l.Type, l.Topics, l.Status)).ToList();
    }

    private static List<int> ShownIds(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll(".legal-table tr[data-law-id]").Select(r => int.Parse(r.GetAttribute("data-law-id")!)).Order().ToList();

    [Fact]
    public async Task ListsEveryInstrumentLinkingToItsPage()
    {
        var laws = await BrazilsLawsAsync();
        var page = await HtmlDocument.ParseAsync(await portal.CreateClient().GetAsync("/es/countries/br"));

        Assert.Equal(laws.Select(l => l.Id).Order(), ShownIds(page));
        var first = laws[0].Id;
        Assert.NotNull(page.QuerySelector($".legal-table a[href='/es/laws/{first}']"));
    }

    [Theory]
    [InlineData("?type=decree", "Decree", null, null)]
    [InlineData("?topic=PublicProcurement", null, "PublicProcurement", null)]
    [InlineData("?status=InForce&type=Law", "Law", null, "InForce")]
    public async Task FiltersByTypeTopicAndStatusInAnyCase(string query, string? type, string? topic, string? status)
    {
        var laws = await BrazilsLawsAsync();
        var page = await HtmlDocument.ParseAsync(await portal.CreateClient().GetAsync("/en/countries/br" + query));

        var expected = laws
            .Where(l => type is null || l.Type == Enum.Parse<LegalInstrumentType>(type))
            .Where(l => topic is null || l.Topics.HasFlag(Enum.Parse<LegalTopics>(topic)))
            .Where(l => status is null || l.Status == Enum.Parse<LegalStatus>(status))
            .Select(l => l.Id).Order().ToList();
        Assert.NotEmpty(expected);
        Assert.True(expected.Count < laws.Count, "the filter should leave some instruments out");
        Assert.Equal(expected, ShownIds(page));
        Assert.Null(page.QuerySelector(".rejected-filters"));
    }

    [Theory]
    [InlineData("type", "Oops")]
    [InlineData("type", "7")]
    [InlineData("topic", "None")]
    [InlineData("topic", "Taxation,Labour")]
    [InlineData("status", "' OR 1=1 --")]
    [InlineData("status", "<script>alert(1)</script>")]
    [InlineData("type", "%")]
    public async Task IgnoresAnUnknownFilterValueAndSaysSo(string parameter, string value)
    {
        var laws = await BrazilsLawsAsync();
        var response = await portal.CreateClient().GetAsync($"/en/countries/br?{parameter}={Uri.EscapeDataString(value)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlDocument.ParseAsync(response);
        var message = page.QuerySelector(".rejected-filters")!.TextContent;
        Assert.Contains($"The {parameter} “{value}” is not one of the listed values, so it was ignored.", message);
        Assert.Equal(laws.Count, ShownIds(page).Count);
        Assert.Empty(page.QuerySelectorAll(".rejected-filters script"));
    }

    [Fact]
    public async Task CutsAVeryLongFilterValueShortInItsMessage()
    {
        var value = new string('x', 3000);
        var response = await portal.CreateClient().GetAsync($"/fr/countries/br?type={value}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var message = (await HtmlDocument.ParseAsync(response)).QuerySelector(".rejected-filters")!.TextContent;
        Assert.Contains("a été ignorée", message);
        Assert.Contains(new string('x', 60) + "…", message);
        Assert.DoesNotContain(new string('x', 61), message);
    }
}
