using ComunidadPyme.Core.Programmes;
using ComunidadPyme.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.FunctionalTests.Features.Api.Programmes;

[Collection(PortalCollection.Name)]
public sealed class ProgrammesEndpointTests(PortalFactory portal)
{
    [Fact]
    public async Task FiltersByTargetGroupAsTheDatabaseDoes()
    {
        var all = await ApiResponses.QueryAsync(portal, db => db.SupportProgrammes.Select(p => new { p.Id, p.TargetGroups }).ToListAsync());
        var expected = all.Where(p => p.TargetGroups.HasFlag(TargetGroups.WomenEntrepreneurs)).Select(p => p.Id).ToList();

        var page = await ApiResponses.JsonAsync(
            await portal.CreateClient().GetAsync("/api/v1/programmes?target=WomenEntrepreneurs&pageSize=1000"));

        Assert.NotEmpty(expected);
        Assert.True(expected.Count < all.Count);
        Assert.Equal(expected.Order(), page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).Order());
        Assert.All(page.GetProperty("items").EnumerateArray(), i => Assert.Contains("WomenEntrepreneurs",
            i.GetProperty("targetGroups").EnumerateArray().Select(g => g.GetString())));
    }

    [Fact]
    public async Task FiltersByCountryAndMarksSampleRecords()
    {
        var page = await ApiResponses.JsonAsync(await portal.CreateClient().GetAsync("/api/v1/programmes?country=MX"));

        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.Equal("MX", i.GetProperty("country").GetString()));
        Assert.All(items, i => Assert.True(i.GetProperty("isSample").GetBoolean()));
    }

    [Theory]
    [InlineData("type=Bogus", "type")]
    [InlineData("target=Everyone", "target")]
    [InlineData("country=ZZ", "country")]
    [InlineData("page=abc", "page")]
    public async Task RejectsABadFilterNamingTheParameter(string query, string parameter)
    {
        var errors = await ApiResponses.ErrorsForAsync(
            await portal.CreateClient().GetAsync("/api/v1/programmes?" + query), parameter);

        Assert.NotEmpty(errors);
    }
}
