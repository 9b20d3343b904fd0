using System.Globalization;
using System.Net;
using ComunidadPyme.Core.Indicators;
using ComunidadPyme.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.FunctionalTests.Features.Statistics;

/// <summary>Each series says when its next figure is due, and says it is overdue once that day has passed: on the profile and in the API.</summary>
public sealed class NextExpectedUpdateTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static readonly DateOnly s_today = DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task SaysWhenEachSeriesNextFigureIsDueAndWhichAreOverdue()
    {
        var client = portal.CreateClient();
        // Brazil's export share stops at 2022: its 2023 figure was due by the end of 2024.
        await portal.QueryAsync(async db =>
        {
            var brazil = await db.Countries.SingleAsync(c => c.Iso2 == "BR");
            db.Observations.RemoveRange(db.Observations.Where(o => o.CountryId == brazil.Id && o.Indicator!.Code == "MSME_EXPORT_SHARE" && o.Year > 2022));
            return await db.SaveChangesAsync();
        });
        var density = ExpectedUpdate.After(Periodicity.Annual, ReportingPeriod.OfYear(2024))!;

        var page = await HtmlDocument.ParseAsync(await client.GetAsync("/es/countries/br"));

        var exports = page.QuerySelector("section.indicator-series[data-indicator=MSME_EXPORT_SHARE] .series-next")!;
        Assert.Contains("series-overdue", exports.ClassName);
        Assert.Equal("Atrasada La cifra de 2023 se esperaba a más tardar el 31 dic 2024.", Normalised(exports.TextContent));
        var next = page.QuerySelector("section.indicator-series[data-indicator=MSME_DENSITY] .series-next")!;
        Assert.Equal(density.IsOverdueOn(s_today), next.ClassList.Contains("series-overdue"));
        Assert.Contains("2025", next.TextContent, StringComparison.Ordinal);
        Assert.Contains("31 dic 2026", Normalised(next.TextContent), StringComparison.Ordinal);

        var series = await ApiResponses.JsonAsync(await client.GetAsync("/api/v1/countries/br/series?lang=es"));
        var items = series.EnumerateArray().ToDictionary(s => s.GetProperty("indicatorCode").GetString()!);
        Assert.Equal("2022", items["MSME_EXPORT_SHARE"].GetProperty("latestPeriod").GetString());
        Assert.Equal("2023", items["MSME_EXPORT_SHARE"].GetProperty("nextPeriod").GetString());
        Assert.Equal("2024-12-31", items["MSME_EXPORT_SHARE"].GetProperty("nextExpectedBy").GetString());
        Assert.True(items["MSME_EXPORT_SHARE"].GetProperty("overdue").GetBoolean());
        Assert.Equal("2025", items["MSME_DENSITY"].GetProperty("nextPeriod").GetString());
        Assert.Equal(density.DueBy.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), items["MSME_DENSITY"].GetProperty("nextExpectedBy").GetString());
        Assert.Equal("Densidad de MIPYME", items["MSME_DENSITY"].GetProperty("indicatorName").GetString());
    }

    [Fact]
    public async Task AnswersNotFoundForAnUnknownCountryAndAnEmptyListForACountryWithoutFigures()
    {
        var client = portal.CreateClient();

        var unknown = await client.GetAsync("/api/v1/countries/zz/series");
        var empty = await ApiResponses.JsonAsync(await client.GetAsync("/api/v1/countries/uy/series"));

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("There is no OAS member state with the code 'zz'.", await unknown.Content.ReadAsStringAsync());
        Assert.Empty(empty.EnumerateArray());
    }

    private static string Normalised(string text) =>
        string.Join(' ', text.Replace('\u00A0', ' ').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
