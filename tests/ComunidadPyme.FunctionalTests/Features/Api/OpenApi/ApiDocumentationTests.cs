using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using ComunidadPyme.FunctionalTests.Support;

namespace ComunidadPyme.FunctionalTests.Features.Api.OpenApi;

[Collection(PortalCollection.Name)]
public sealed partial class ApiDocumentationTests(PortalFactory portal)
{
    [Fact]
    public async Task DescribesTheObservationsEndpointWithItsParametersAndProblems()
    {
        var document = await DocumentAsync();

        var operation = document.GetProperty("paths").GetProperty("/api/v1/observations").GetProperty("get");
        var parameters = operation.GetProperty("parameters").EnumerateArray()
            .ToDictionary(p => p.GetProperty("name").GetString()!, p => p);
        Assert.Superset(new HashSet<string> { "indicator", "countries", "from", "to", "page", "pageSize", "lang" }, parameters.Keys.ToHashSet());
        Assert.Equal("integer", parameters["pageSize"].GetProperty("schema").GetProperty("type").GetString());
        Assert.False(string.IsNullOrWhiteSpace(parameters["countries"].GetProperty("description").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()));
        var badRequest = operation.GetProperty("responses").GetProperty("400").GetProperty("content");
        Assert.True(badRequest.TryGetProperty("application/problem+json", out _));
    }

    [Fact]
    public async Task DescribesNotFoundForTheSingleRecordEndpoints()
    {
        var paths = (await DocumentAsync()).GetProperty("paths");

        foreach (var path in new[] { "/api/v1/countries/{iso2}", "/api/v1/countries/{iso2}/series", "/api/v1/indicators/{code}", "/api/v1/legal-instruments/{id}" })
        {
            Assert.True(paths.GetProperty(path).GetProperty("get").GetProperty("responses").TryGetProperty("404", out _), path);
        }
    }

    [Fact]
    public async Task ListsOnlyTheApiAndNotThePages()
    {
        var paths = (await DocumentAsync()).GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();

        Assert.Equal(9, paths.Count);
        Assert.All(paths, path => Assert.StartsWith("/api/v1/", path));
    }

    [Fact]
    public async Task OffersBrowsableDocumentationServedFromTheSiteItself()
    {
        var response = await portal.CreateClient().GetAsync("/api/docs");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("swagger-ui", html);
        var assets = AssetAddress().Matches(html).Select(m => m.Groups["url"].Value).ToList();
        Assert.NotEmpty(assets);
        Assert.All(assets, url => Assert.DoesNotMatch("^(https?:)?//", url));

        var script = await portal.CreateClient().GetStringAsync("/api/docs/index.js");
        Assert.Contains("/openapi/v1.json", script);
    }

    private async Task<JsonElement> DocumentAsync()
    {
        var response = await portal.CreateClient().GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [GeneratedRegex("""<(?:script|link)\b[^>]*\b(?:src|href)\s*=\s*["'](?<url>[^"']+)["']""", RegexOptions.IgnoreCase)]
    private static partial Regex AssetAddress();
}
