using System.Globalization;
using System.Text.Json.Nodes;
using ComunidadPyme.Core.Indicators;
using ComunidadPyme.Web.Features.Api;
using ComunidadPyme.Web.Features.OpenData.Tables;
using Microsoft.AspNetCore.Http.Extensions;

namespace ComunidadPyme.Web.Features.OpenData;

/// <summary>
/// The DCAT catalogue (DCAT-AP style JSON-LD) of the open data: one dataset per indicator and one for the
/// whole set, each with its files and the API as distributions, so that data portals can harvest them. Every
/// address is absolute and comes from routing, so it follows the routes, the host and the path base.
/// </summary>
public sealed class OpenDataCatalogue(OpenDataTables tables, CatalogueTexts texts, LinkGenerator links)
{
    public const string ContentType = "application/ld+json";
    private const string CountryAuthority = "http://publications.europa.eu/resource/authority/country/";
    private const string FrequencyAuthority = "http://publications.europa.eu/resource/authority/frequency/";
    private const string MediaTypes = "https://www.iana.org/assignments/media-types/";

    /// <param name="http">The request the catalogue answers: its scheme, host and path base make the addresses.</param>
    public async Task<JsonObject> BuildAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var site = new SiteAddresses(links, http);
        var indicators = await tables.CatalogueAsync(cancellationToken);
        var coverage = await tables.CoverageAsync(cancellationToken);
        var allCountries = await tables.CountryIso3Async(cancellationToken);
        var latest = coverage.Count == 0 ? (DateTime?)null : coverage.Values.Max(c => c.UpdatedUtc);

        var datasets = new JsonArray(WholeSet(site, allCountries, latest));
        foreach (var indicator in indicators)
        {
            datasets.Add(ForIndicator(site, indicator, coverage.GetValueOrDefault(indicator.Code)));
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
            ["@id"] = site.Catalogue,
            ["@type"] = "dcat:Catalog",
            ["dct:title"] = texts.Tagged("Comunidad PYME open data"),
            ["dct:description"] = texts.Tagged("Public information on MSME policy in the 35 member states of the OAS: indicators, laws, programmes and official MSME definitions."),
            ["dct:publisher"] = Publisher(site),
            ["dct:license"] = Reference(OpenDataLicence.Url),
            ["foaf:homepage"] = Reference(site.LandingPage),
            ["dct:modified"] = Modified(latest),
            ["dcat:service"] = new JsonArray(ApiService(site)),
            ["dcat:dataset"] = datasets,
        };
    }

    private JsonObject WholeSet(SiteAddresses site, IReadOnlyList<string> countries, DateTime? modified) => Dataset(
        site.Catalogue + "#comunidad-pyme-data", "comunidad-pyme-data",
        texts.Tagged("All Comunidad PYME data"),
        texts.Tagged("Member states, the indicator catalogue, indicator values, the legal library, support programmes and official MSME definitions. Rows marked is_sample=true are sample data, not official statistics."),
        site, countries, modified,
        [
            Distribution(texts.Tagged("Every file in one ZIP, with a README"), site.Download(nameof(DownloadsController.Package)), "application/zip", download: true),
            Distribution(texts.Tagged("All indicator values in SDMX-CSV"), site.Download(nameof(DownloadsController.Sdmx)), "text/csv", download: true),
            ApiDistribution(site, site.Observations(indicator: null)),
        ]);

    private JsonObject ForIndicator(SiteAddresses site, Indicator indicator, IndicatorDownloadCoverage? coverage)
    {
        var dataset = Dataset(
            site.Catalogue + "#indicator-" + indicator.Code, indicator.Code,
            CatalogueTexts.Tagged(indicator.Name), CatalogueTexts.Tagged(indicator.Description),
            site, coverage?.CountryIso3 ?? [], coverage?.UpdatedUtc,
            [
                Distribution(texts.Tagged("CSV file"), site.Download(nameof(DownloadsController.Indicator), new { fileName = OpenDataFiles.CsvFileName(indicator.Code) }), "text/csv", download: true),
                Distribution(texts.Tagged("SDMX-CSV file"), site.Download(nameof(DownloadsController.Indicator), new { fileName = OpenDataFiles.SdmxFileName(indicator.Code) }), "text/csv", download: true),
                ApiDistribution(site, site.Observations(indicator.Code)),
            ]);
        // How often new figures come, in the EU frequency vocabulary that DCAT-AP uses.
        dataset["dct:accrualPeriodicity"] = Reference(FrequencyAuthority + indicator.Periodicity switch
        {
            Periodicity.Annual => "ANNUAL",
            Periodicity.Quarterly => "QUARTERLY",
            Periodicity.Monthly => "MONTHLY",
            _ => "IRREG",
        });
        return dataset;
    }

    private JsonObject Dataset(
        string id, string identifier, JsonArray title, JsonArray description, SiteAddresses site,
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
            ["dct:publisher"] = Publisher(site),
            ["dcat:landingPage"] = Reference(site.LandingPage),
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

    private JsonObject ApiDistribution(SiteAddresses site, string accessUrl)
    {
        var distribution = Distribution(texts.Tagged("Open data API (JSON)"), accessUrl, "application/json", download: false);
        distribution["dcat:accessService"] = Reference(site.Api);
        return distribution;
    }

    private JsonObject ApiService(SiteAddresses site) => new()
    {
        ["@id"] = site.Api,
        ["@type"] = "dcat:DataService",
        ["dct:title"] = texts.Tagged("Open data API (JSON)"),
        ["dcat:endpointURL"] = Reference(site.Api),
        ["dcat:endpointDescription"] = Reference(site.ApiDescription),
        ["dct:license"] = Reference(OpenDataLicence.Url),
    };

    private static JsonObject Publisher(SiteAddresses site) => new()
    {
        ["@type"] = "foaf:Agent",
        ["foaf:name"] = OpenDataLicence.Publisher,
        ["foaf:homepage"] = Reference(site.Home),
    };

    private static JsonObject Reference(string url) => new() { ["@id"] = url };

    private static JsonNode? Modified(DateTime? stamp) => stamp is null
        ? null
        : new JsonObject
        {
            ["@value"] = stamp.Value.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["@type"] = "xsd:dateTime",
        };

    /// <summary>The absolute addresses the catalogue cites, from routing for this request.</summary>
    private sealed class SiteAddresses(LinkGenerator links, HttpContext http)
    {
        private const string Downloads = "Downloads";

        // A file's name carries the indicator's code as the code spells it ("MSME_COUNT.csv").
        private static readonly LinkOptions KeepCase = new() { LowercaseUrls = false };

        public string Catalogue { get; } = Required(links.GetUriByAction(http, nameof(DownloadsController.Catalogue), Downloads));

        // The landing page is the English one: a harvester follows one address, and the page links its translations.
        public string LandingPage { get; } = Required(links.GetUriByAction(http, "Index", "OpenData", new { lang = "en" }));

        public string Home { get; } = Absolute(http, "/");

        public string Api { get; } = Absolute(http, OpenDataApiEndpoints.GroupPath);

        public string ApiDescription { get; } = Absolute(http, OpenDataApiEndpoints.DocumentPath);

        public string Download(string action, object? values = null) =>
            Required(links.GetUriByAction(http, action, Downloads, values, options: KeepCase));

        public string Observations(string? indicator) =>
            Required(links.GetUriByName(http, "ListObservations", indicator is null ? null : new { indicator }));

        // Addresses that are not routes of their own (the API's root, the OpenAPI document): built on the request's base.
        private static string Absolute(HttpContext http, string path) =>
            UriHelper.BuildAbsolute(http.Request.Scheme, http.Request.Host, http.Request.PathBase, path);

        private static string Required(string? url) =>
            url ?? throw new InvalidOperationException("A catalogue address has no route.");
    }
}
