using System.Globalization;
using System.Text.Json.Nodes;
using ComunidadPyme.Core.Indicators;
using ComunidadPyme.Web.Features.OpenData.Tables;

namespace ComunidadPyme.Web.Features.OpenData;

/// <summary>
/// The DCAT catalogue (DCAT-AP style JSON-LD) of the open data: one dataset per indicator and one for the
/// whole set, each with its files and the API as distributions, so that data portals can harvest them.
/// </summary>
public sealed class OpenDataCatalogue(OpenDataTables tables, CatalogueTexts texts)
{
    public const string ContentType = "application/ld+json";
    private const string CountryAuthority = "http://publications.europa.eu/resource/authority/country/";
    private const string MediaTypes = "https://www.iana.org/assignments/media-types/";

    /// <param name="siteUrl">The site's absolute address without a trailing slash, e.g. https://example.org.</param>
    public async Task<JsonObject> BuildAsync(string siteUrl, CancellationToken cancellationToken)
    {
        var indicators = await tables.CatalogueAsync(cancellationToken);
        var coverage = await tables.CoverageAsync(cancellationToken);
        var allCountries = await tables.CountryIso3Async(cancellationToken);
        var latest = coverage.Count == 0 ? (DateTime?)null : coverage.Values.Max(c => c.UpdatedUtc);

        var datasets = new JsonArray(WholeSet(siteUrl, allCountries, latest));
        foreach (var indicator in indicators)
        {
            datasets.Add(ForIndicator(siteUrl, indicator, coverage.GetValueOrDefault(indicator.Code)));
        }

        return new JsonObject
        {
            ["@context"] = new JsonObject
            {
                ["dcat"] = "http://www.w3.org/ns/dcat#",
                ["dct"] = "http://purl.org/dc/terms/",
                ["foaf"] = "http://xmlns.com/foaf/0.1/",
                ["xsd"] = "http://www.w3.org/2001/XMLSchema#",
            },
            ["@id"] = $"{siteUrl}/catalog.jsonld",
            ["@type"] = "dcat:Catalog",
            ["dct:title"] = texts.Tagged("Comunidad PYME open data"),
            ["dct:description"] = texts.Tagged("Public information on MSME policy in the 35 member states of the OAS: indicators, laws, programmes and official MSME definitions."),
            ["dct:publisher"] = Publisher(siteUrl),
            ["dct:license"] = Reference(OpenDataLicence.Url),
            ["foaf:homepage"] = Reference($"{siteUrl}/en/open-data"),
            ["dct:modified"] = Modified(latest),
            ["dcat:service"] = new JsonArray(ApiService(siteUrl)),
            ["dcat:dataset"] = datasets,
        };
    }

    private JsonObject WholeSet(string siteUrl, IReadOnlyList<string> countries, DateTime? modified) => Dataset(
        $"{siteUrl}/catalog.jsonld#comunidad-pyme-data", "comunidad-pyme-data",
        texts.Tagged("All Comunidad PYME data"),
        texts.Tagged("Member states, the indicator catalogue, indicator values, the legal library, support programmes and official MSME definitions. Rows marked is_sample=true are sample data, not official statistics."),
        siteUrl, countries, modified,
        [
            Distribution(texts.Tagged("Every file in one ZIP, with a README"), $"{siteUrl}/downloads/{OpenDataFiles.PackageFileName}", "application/zip", download: true),
            Distribution(texts.Tagged("All indicator values in SDMX-CSV"), $"{siteUrl}/downloads/{SdmxObservationTable.FileName}", "text/csv", download: true),
            ApiDistribution(siteUrl, $"{siteUrl}/api/v1/observations"),
        ]);

    private JsonObject ForIndicator(string siteUrl, Indicator indicator, IndicatorDownloadCoverage? coverage) => Dataset(
        $"{siteUrl}/catalog.jsonld#indicator-{indicator.Code}", indicator.Code,
        CatalogueTexts.Tagged(indicator.Name), CatalogueTexts.Tagged(indicator.Description),
        siteUrl, coverage?.CountryIso3 ?? [], coverage?.UpdatedUtc,
        [
            Distribution(texts.Tagged("CSV file"), $"{siteUrl}/downloads/indicators/{OpenDataFiles.CsvFileName(indicator.Code)}", "text/csv", download: true),
            Distribution(texts.Tagged("SDMX-CSV file"), $"{siteUrl}/downloads/indicators/{OpenDataFiles.SdmxFileName(indicator.Code)}", "text/csv", download: true),
            ApiDistribution(siteUrl, $"{siteUrl}/api/v1/observations?indicator={indicator.Code}"),
        ]);

    private JsonObject Dataset(
        string id, string identifier, JsonArray title, JsonArray description, string siteUrl,
        IReadOnlyList<string> countries, DateTime? modified, JsonArray distributions)
    {
        var keywords = texts.Tagged("MSME");
        foreach (var keyword in texts.Tagged("small and medium enterprises"))
        {
            keywords.Add(keyword!.DeepClone());
        }

        return new JsonObject
        {
            ["@id"] = id,
            ["@type"] = "dcat:Dataset",
            ["dct:identifier"] = identifier,
            ["dct:title"] = title,
            ["dct:description"] = description,
            ["dcat:keyword"] = keywords,
            ["dct:spatial"] = new JsonArray(countries.Select(iso3 => (JsonNode)Reference(CountryAuthority + iso3)).ToArray()),
            ["dct:modified"] = Modified(modified),
            ["dct:license"] = Reference(OpenDataLicence.Url),
            ["dct:publisher"] = Publisher(siteUrl),
            ["dcat:landingPage"] = Reference($"{siteUrl}/en/open-data"),
            ["dcat:distribution"] = distributions,
        };
    }

    private static JsonObject Distribution(JsonArray title, string url, string mediaType, bool download)
    {
        var distribution = new JsonObject
        {
            ["@type"] = "dcat:Distribution",
            ["dct:title"] = title,
            ["dcat:accessURL"] = Reference(url),
            ["dcat:mediaType"] = Reference(MediaTypes + mediaType),
            ["dct:license"] = Reference(OpenDataLicence.Url),
        };
        if (download)
        {
            distribution["dcat:downloadURL"] = Reference(url);
        }

        return distribution;
    }

    private JsonObject ApiDistribution(string siteUrl, string accessUrl)
    {
        var distribution = Distribution(texts.Tagged("Open data API (JSON)"), accessUrl, "application/json", download: false);
        distribution["dcat:accessService"] = Reference($"{siteUrl}/api/v1");
        return distribution;
    }

    private JsonObject ApiService(string siteUrl) => new()
    {
        ["@id"] = $"{siteUrl}/api/v1",
        ["@type"] = "dcat:DataService",
        ["dct:title"] = texts.Tagged("Open data API (JSON)"),
        ["dcat:endpointURL"] = Reference($"{siteUrl}/api/v1"),
        ["dcat:endpointDescription"] = Reference($"{siteUrl}/openapi/v1.json"),
        ["dct:license"] = Reference(OpenDataLicence.Url),
    };

    private static JsonObject Publisher(string siteUrl) => new()
    {
        ["@type"] = "foaf:Agent",
        ["foaf:name"] = OpenDataLicence.Publisher,
        ["foaf:homepage"] = Reference($"{siteUrl}/"),
    };

    private static JsonObject Reference(string url) => new() { ["@id"] = url };

    private static JsonNode? Modified(DateTime? stamp) => stamp is null
        ? null
        : new JsonObject
        {
            ["@value"] = stamp.Value.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["@type"] = "xsd:dateTime",
        };
}
