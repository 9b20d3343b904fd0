using System.Net;
using ComunidadPyme.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.FunctionalTests.Features.Api.Indicators;

[Collection(PortalCollection.Name)]
public sealed class IndicatorsEndpointTests(PortalFactory portal)
{
    [Fact]
    public async Task ListsTheWholeCatalogue()
    {
        var codes = await ApiResponses.QueryAsync(portal, db => db.Indicators.Select(i => i.Code).ToListAsync());

        var indicators = await ApiResponses.JsonAsync(await portal.CreateClient().GetAsync("/api/v1/indicators"));

        Assert.Equal(codes.Order(), indicators.EnumerateArray().Select(i => i.GetProperty("code").GetString()).Order());
    }

    [Fact]
    public async Task GivesOneIndicatorInTheLanguageAskedWithItsCoverage()
    {
        var count = await ApiResponses.QueryAsync(portal, db => db.Observations.CountAsync(o => o.Indicator!.Code == "MSME_COUNT"));

        var indicator = await ApiResponses.JsonAsync(await portal.CreateClient().GetAsync("/api/v1/indicators/MSME_COUNT?lang=es"));

        Assert.Equal("Número de MIPYME", indicator.GetProperty("name").GetString());
        Assert.Equal("Number of MSMEs", indicator.GetProperty("names").GetProperty("en").GetString());
        Assert.Equal(count, indicator.GetProperty("coverage").GetProperty("observations").GetInt32());
    }

    [Fact]
    public async Task AnswersNotFoundProblemGivenUnknownCode()
    {
        var problem = await ApiResponses.ProblemAsync(
            await portal.CreateClient().GetAsync("/api/v1/indicators/NOPE"), HttpStatusCode.NotFound);

        Assert.Contains("'NOPE'", problem.GetProperty("detail").GetString());
    }
}
