using System.Net;
using ComunidadPyme.FunctionalTests.Support;
using ComunidadPyme.Web.Features.Problems;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.FunctionalTests.Features.Problems;

/// <summary>Too many reports from one client in an hour get a 429 page and store nothing more. Its own portal: it uses up the limit.</summary>
public sealed class ProblemReportLimitTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task RefusesMoreThanTheHourlyLimitFromOneClient()
    {
        var client = portal.CreatePortalClient();
        var page = "/es/report-problem?subject=Figure&country=mx&indicator=MSME_DENSITY";
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= ProblemReportLimiter.PerClient; i++)
        {
            using var response = await client.PostFormAsync(page,
                [("Subject", "Figure"), ("Country", "MX"), ("Indicator", "MSME_DENSITY"), ("Message", $"Informe de prueba número {i}.")],
                "/es/report-problem");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Contains("Demasiados informes", (await HtmlDocument.ParseAsync(response)).QuerySelector("h1")!.TextContent);
            }
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, ProblemReportLimiter.PerClient), HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(ProblemReportLimiter.PerClient, await portal.QueryAsync(db => db.ProblemReports.CountAsync(r => r.Message.StartsWith("Informe de prueba"))));
    }
}
