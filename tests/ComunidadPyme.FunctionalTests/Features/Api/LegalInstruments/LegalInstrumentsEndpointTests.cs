using System.Net;
using ComunidadPyme.Core.Legal;
using ComunidadPyme.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.FunctionalTests.Features.Api.LegalInstruments;

[Collection(PortalCollection.Name)]
public sealed class LegalInstrumentsEndpointTests(PortalFactory portal)
{
    [Fact]
    public async Task FiltersByCountryAndTypeAsTheDatabaseDoes()
    {
        var expected = await ApiResponses.QueryAsync(portal, db => (
                from l in db.LegalInstruments
                join c in db.Countries on l.CountryId equals c.Id
                where c.Iso2 == "BR" && l.Type == LegalInstrumentType.Law
                select l.Id)
            .ToListAsync());

        var page = await ApiResponses.JsonAsync(
            await portal.CreateClient().GetAsync("/api/v1/legal-instruments?country=br&type=law&pageSize=1000"));

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Order(), page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).Order());
        Assert.All(page.GetProperty("items").EnumerateArray(), i => Assert.Equal("Law", i.GetProperty("type").GetString()));
    }

    [Fact]
    public async Task FindsWordsInTheOfficialNumber()
    {
        var page = await ApiResponses.JsonAsync(
            await portal.CreateClient().GetAsync("/api/v1/legal-instruments?q=" + Uri.EscapeDataString("123/2006")));

        Assert.Contains(page.GetProperty("items").EnumerateArray(),
            i => i.GetProperty("officialNumber").GetString()!.Contains("123/2006"));
    }

    [Theory]
    [InlineData("%")]
    [InlineData("_")]
    [InlineData("%_%")]
    [InlineData("[")]
    [InlineData("*:*")]
    public async Task FindsNothingGivenTextWithoutWords(string text)
    {
        var all = await ApiResponses.QueryAsync(portal, db => db.LegalInstruments.CountAsync());

        var page = await ApiResponses.JsonAsync(
            await portal.CreateClient().GetAsync("/api/v1/legal-instruments?q=" + Uri.EscapeDataString(text)));

        Assert.True(all > 0);
        Assert.Equal(0, page.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task ReadsQuotesAndOperatorsAsPlainWords()
    {
        var injected = await ApiResponses.JsonAsync(
            await portal.CreateClient().GetAsync("/api/v1/legal-instruments?q=" + Uri.EscapeDataString("\" OR \"\"=\"")));
        var plain = await ApiResponses.JsonAsync(await portal.CreateClient().GetAsync("/api/v1/legal-instruments?q=or"));
        var all = await ApiResponses.QueryAsync(portal, db => db.LegalInstruments.CountAsync());

        Assert.Equal(plain.GetProperty("total").GetInt32(), injected.GetProperty("total").GetInt32());
        Assert.True(injected.GetProperty("total").GetInt32() < all);
    }

    [Theory]
    [InlineData("' OR 1=1 --")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("title:ley AND NOT x~")]
    public async Task TreatsQuerySyntaxAndSqlAsPlainWords(string text)
    {
        var response = await portal.CreateClient().GetAsync("/api/v1/legal-instruments?q=" + Uri.EscapeDataString(text));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await ApiResponses.JsonAsync(response);
        Assert.True(page.GetProperty("total").GetInt32() >= 0);
        Assert.DoesNotContain("<script>", page.GetRawText());
    }

    [Fact]
    public async Task SearchesTheFullTextIndexWithStemming()
    {
        // LC 123/2006 speaks of "tributos", never of "tributo": only the stemmed index joins them.
        var page = await ApiResponses.JsonAsync(
            await portal.CreateClient().GetAsync("/api/v1/legal-instruments?lang=pt&q=tributo"));

        Assert.Contains(page.GetProperty("items").EnumerateArray(),
            i => i.GetProperty("officialNumber").GetString()!.Contains("123/2006"));
    }

    [Theory]
    [InlineData("type=Bogus", "type")]
    [InlineData("type=2", "type")]
    [InlineData("topic=None", "topic")]
    [InlineData("status=Abolished", "status")]
    [InlineData("year=19x6", "year")]
    [InlineData("country=BR,MX", "country")]
    [InlineData("country=ZZ", "country")]
    public async Task RejectsABadFilterNamingTheParameter(string query, string parameter)
    {
        var errors = await ApiResponses.ErrorsForAsync(
            await portal.CreateClient().GetAsync("/api/v1/legal-instruments?" + query), parameter);

        Assert.NotEmpty(errors);
    }

    [Fact]
    public async Task RejectsAnOverlongSearchText()
    {
        var errors = await ApiResponses.ErrorsForAsync(
            await portal.CreateClient().GetAsync("/api/v1/legal-instruments?q=" + new string('a', 5000)), "q");

        Assert.Contains(errors, e => e.Contains("at most 200 characters"));
    }

    [Fact]
    public async Task GivesOneInstrumentWithItsTitleInTheLanguageAsked()
    {
        var id = await ApiResponses.QueryAsync(portal, db => db.LegalInstruments
            .Where(l => l.OfficialNumber == "Lei Complementar 123/2006").Select(l => l.Id).SingleAsync());

        var instrument = await ApiResponses.JsonAsync(await portal.CreateClient().GetAsync($"/api/v1/legal-instruments/{id}?lang=pt"));

        Assert.Equal("BR", instrument.GetProperty("country").GetString());
        var title = instrument.GetProperty("title");
        Assert.Equal("pt", title.GetProperty("language").GetString());
        Assert.Equal(title.GetProperty("original").GetString(), title.GetProperty("text").GetString());
    }

    [Theory]
    [InlineData("/api/v1/legal-instruments/999999")]
    [InlineData("/api/v1/legal-instruments/abc")]
    public async Task AnswersNotFoundProblemGivenUnknownId(string address)
    {
        await ApiResponses.ProblemAsync(await portal.CreateClient().GetAsync(address), HttpStatusCode.NotFound);
    }
}
