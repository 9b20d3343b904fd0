using ComunidadPyme.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.FunctionalTests.Features.CountryProfile;

/// <summary>One "sample data" mark per series that is all sample; marks on rows only where a series is mixed.</summary>
public sealed class SampleMarksTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task MarksAnAllSampleSeriesOnceAndAMixedSeriesRowByRow()
    {
        await portal.QueryAsync(async db =>
        {
            var chile = await db.Countries.SingleAsync(c => c.Iso2 == "CL");
            var own = await db.Observations.Where(o => o.CountryId == chile.Id && o.Indicator!.Code == "MSME_DENSITY")
                .OrderBy(o => o.Period).FirstAsync();
            own.IsSample = false;
            own.SourceNote = "Servicio de Impuestos Internos";
            return await db.SaveChangesAsync();
        });

        var page = await HtmlDocument.ParseAsync(await portal.CreateClient().GetAsync("/en/countries/cl"));

        var density = page.QuerySelector("section.indicator-series[data-indicator=MSME_DENSITY]")!;
        var rows = density.QuerySelectorAll("tbody tr");
        Assert.Equal(rows.Length - 1, density.QuerySelectorAll("tbody .sample-badge").Length);
        Assert.Null(rows[0].QuerySelector(".sample-badge"));
        var allSample = page.QuerySelectorAll(".indicator-series").First(s => s.GetAttribute("data-indicator") != "MSME_DENSITY");
        Assert.NotNull(allSample.QuerySelector("h4 .sample-badge"));
        Assert.Empty(allSample.QuerySelectorAll("tbody .sample-badge"));
    }
}
