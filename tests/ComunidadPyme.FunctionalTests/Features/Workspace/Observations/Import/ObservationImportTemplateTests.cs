using System.Globalization;
using System.Net;
using ComunidadPyme.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace ComunidadPyme.FunctionalTests.Features.Workspace.Observations.Import;

/// <summary>The template to fill in: every active indicator for the last five years, with the country's saved values.</summary>
public sealed class ObservationImportTemplateTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static readonly int s_lastYear = DateTime.UtcNow.Year - 1;

    [Fact]
    public async Task ListsEveryActiveIndicatorWithBrazilsSavedValues()
    {
        await ObservationsData.QueryAsync(portal, async db =>
        {
            var retired = await db.Indicators.SingleAsync(i => i.Code == "DAYS_TO_REGISTER");
            retired.IsActive = false;
            return await db.SaveChangesAsync();
        });
        var active = await ObservationsData.QueryAsync(portal, db => db.Indicators.CountAsync(i => i.IsActive));
        var client = await ObservationsSignIn.AsAsync(portal, ObservationsSignIn.FocalBrazil);
        var saved = (await ObservationsData.ObservationAsync(portal, "BR", "MSME_DENSITY", "2024"))!;

        var response = await client.GetAsync("/en/workspace/br/import/template.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("observations-br-template.csv", response.Content.Headers.ContentDisposition!.ToString());
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("indicator_code,year,value,status,source_note,indicator_name,unit,version", lines[0]);
        Assert.Equal(active * 5, lines.Length - 1);
        Assert.DoesNotContain(lines, l => l.StartsWith("DAYS_TO_REGISTER,", StringComparison.Ordinal));
        var value = saved.Value.ToString("R", CultureInfo.InvariantCulture);
        Assert.Contains($"MSME_DENSITY,2024,{value},estimated,{saved.SourceNote},MSME density,\"MSMEs per 1,000 people\",{saved.Version:N}", lines);
        Assert.Contains($"MSME_DENSITY,{s_lastYear},,,,MSME density,\"MSMEs per 1,000 people\",", lines);
    }

    [Fact]
    public async Task ComesAsAWorkbookWithNamesInThePersonsLanguage()
    {
        var client = await ObservationsSignIn.AsAsync(portal, ObservationsSignIn.FocalBrazil);

        var response = await client.GetAsync("/es/workspace/br/import/template.xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var workbook = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = workbook.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        var density = rows.Single(r => (string?)r["indicator_code"] == "MSME_DENSITY" && Convert.ToString(r["year"], CultureInfo.InvariantCulture) == "2023");
        Assert.Equal("Densidad de MIPYME", density["indicator_name"]);
        Assert.Equal("estimated", density["status"]); // a sample value never claims an official release
        Assert.IsType<double>(density["value"]);
    }
}
