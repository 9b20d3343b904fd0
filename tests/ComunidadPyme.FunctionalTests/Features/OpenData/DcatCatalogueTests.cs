using System.Net;
using System.Text.Json;
using ComunidadPyme.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.FunctionalTests.Features.OpenData;

[Collection(PortalCollection.Name)]
public sealed class DcatCatalogueTests(PortalFactory portal)
{
    [Fact]
    public async Task DescribesADatasetPerIndicatorAndOneForTheWholeSet()
    {
        var indicators = await ApiResponses.QueryAsync(portal, db => db.Indicators.CountAsync());

        var response = await portal.CreateClient().GetAsync("/catalog.jsonld");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/ld+json", response.Content.Headers.ContentType?.MediaType);
        var catalogue = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("http://www.w3.org/ns/dcat#", catalogue.GetProperty("@context").GetProperty("dcat").GetString());
        Assert.Equal("dcat:Catalog", catalogue.GetProperty("@type").GetString());
        var datasets = catalogue.GetProperty("dcat:dataset").EnumerateArray().ToList();
        Assert.Equal(indicators + 1, datasets.Count);
        Assert.All(datasets, dataset =>
            Assert.Equal(["en", "es", "fr", "pt"], dataset.GetProperty("dct:title").EnumerateArray()
                .Select(t => t.GetProperty("@language").GetString()).Order()));
        var density = datasets.Single(d => d.GetProperty("dct:identifier").GetString() == "MSME_DENSITY");
        Assert.Equal("http://publications.europa.eu/resource/authority/frequency/ANNUAL",
            density.GetProperty("dct:accrualPeriodicity").GetProperty("@id").GetString());
    }

    [Fact]
    public async Task PointsToFilesThatCanBeDownloaded()
    {
        var client = portal.CreateClient();
        var catalogue = JsonDocument.Parse(await client.GetStringAsync("/catalog.jsonld")).RootElement;

        var count = catalogue.GetProperty("dcat:dataset").EnumerateArray().Single(d => d.GetProperty("dct:identifier").GetString() == "MSME_COUNT");
        var downloads = count.GetProperty("dcat:distribution").EnumerateArray()
            .Where(d => d.TryGetProperty("dcat:downloadURL", out _))
            .Select(d => d.GetProperty("dcat:downloadURL").GetProperty("@id").GetString()!)
            .ToList();
        Assert.Contains("http://localhost/downloads/indicators/MSME_COUNT.csv", downloads);
        foreach (var url in downloads)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        }

        Assert.Contains(count.GetProperty("dct:spatial").EnumerateArray(), s => s.GetProperty("@id").GetString()!.EndsWith("/BRA"));
        Assert.Equal("xsd:dateTime", count.GetProperty("dct:modified").GetProperty("@type").GetString());
    }
}
