using System.Text.RegularExpressions;
using ComunidadPyme.Web.Features.Charts;
using ComunidadPyme.Web.Features.Compare;
using ComunidadPyme.Web.Features.CountryProfile;
using ComunidadPyme.Web.Features.OpenData;
using ComunidadPyme.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Embeds;

/// <summary>
/// The oEmbed endpoint (https://oembed.com): given the address of a country's chart or of a comparison on this
/// portal, answers the "rich" JSON that content systems turn into the embed's iframe. Pages point to it with a
/// <c>link rel="alternate" type="application/json+oembed"</c>. As the specification asks: 404 for an address
/// it cannot embed, 501 for a format other than JSON.
/// </summary>
public sealed partial class OEmbedController(
    CountryProfileService profiles,
    ComparePageService compare,
    IStringLocalizer<ChartResource> text) : Controller
{
    private const int DefaultWidth = ChartFigure.EmbedWidth;
    private const int DefaultHeight = ChartFigure.EmbedHeight;

    [HttpGet("/oembed")]
    [OutputCache(PolicyName = PublicCache.SharedPage)]
    public async Task<IActionResult> Get(string? url, string? format, int? maxwidth, int? maxheight, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(format) && !string.Equals(format, "json", StringComparison.OrdinalIgnoreCase))
        {
            return Problem(text["Only the JSON format is offered."], statusCode: StatusCodes.Status501NotImplemented);
        }

        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url, UriKind.Absolute, out var address)
            || !string.Equals(address.Authority, Request.Host.Value, StringComparison.OrdinalIgnoreCase))
        {
            return Problem(text["Give the address of a chart on this portal in the url parameter."], statusCode: StatusCodes.Status404NotFound);
        }

        var target = await ResolveAsync(address, cancellationToken);
        if (target is null)
        {
            return Problem(text["There is no chart to embed at this address."], statusCode: StatusCodes.Status404NotFound);
        }

        var width = Math.Clamp(maxwidth ?? DefaultWidth, 200, DefaultWidth);
        var height = Math.Clamp(maxheight ?? DefaultHeight, 150, DefaultHeight);
        var (title, src) = target.Value;
        var html = ChartFigure.Iframe(src, title, width, height);
        return Ok(new OEmbedResponse("1.0", "rich", title, OpenDataLicence.Publisher, $"{Request.Scheme}://{Request.Host}/",
            OpenDataLicence.Url, html, width, height, 86400));
    }

    private async Task<(string Title, string Src)?> ResolveAsync(Uri address, CancellationToken cancellationToken)
    {
        var path = address.AbsolutePath;
        if (SeriesPath().Match(path) is { Success: true } series)
        {
            return await SeriesAsync(series.Groups["lang"].Value, series.Groups["iso2"].Value, series.Groups["code"].Value, cancellationToken);
        }

        if (ProfilePath().Match(path) is { Success: true } profile && address.Fragment.StartsWith("#series-", StringComparison.Ordinal))
        {
            var code = address.Fragment["#series-".Length..].Replace('-', '_');
            return await SeriesAsync(profile.Groups["lang"].Value, profile.Groups["iso2"].Value, code, cancellationToken);
        }

        if (ComparePath().Match(path) is { Success: true } comparison)
        {
            var language = comparison.Groups["lang"].Value;
            var query = QueryHelpers.ParseQuery(address.Query);
            var compareQuery = new CompareQuery
            {
                Indicator = query.TryGetValue("indicator", out var indicator) ? indicator.ToString() : null,
                Countries = query.TryGetValue("countries", out var countries) ? countries.Where(c => c is not null).Select(c => c!).ToArray() : null,
                Region = query.TryGetValue("region", out var region) ? region.ToString() : null,
                From = query.TryGetValue("from", out var from) ? from.ToString() : null,
                To = query.TryGetValue("to", out var to) ? to.ToString() : null,
                View = query.TryGetValue("view", out var view) ? view.ToString() : null,
            };
            var catalogue = await compare.LoadCatalogueAsync(language, cancellationToken);
            var selection = compare.Resolve(compareQuery, catalogue);
            if (selection.Indicator is null)
            {
                return null;
            }

            var values = selection.ToRouteValues(language, selection.View);
            return (text["{0}, {1}–{2}", selection.Indicator.Name, selection.From, selection.To],
                Url.Action("Compare", "Embed", values, Request.Scheme)!);
        }

        return null;
    }

    private async Task<(string Title, string Src)?> SeriesAsync(string language, string iso2, string code, CancellationToken cancellationToken)
    {
        if (await profiles.SeriesAsync(iso2, code, language, cancellationToken) is not { } found)
        {
            return null;
        }

        return (text["{0} — {1}", found.Series.Name, found.CountryName],
            Url.Action("Series", "Embed", new { lang = language, iso2 = found.Country.Slug, code = found.Series.Code }, Request.Scheme)!);
    }

    [GeneratedRegex("^/(?:embed/)?(?<lang>en|es|pt|fr)/countries/(?<iso2>[A-Za-z]{2})/series/(?<code>[A-Za-z0-9_-]+?)(?:\\.(?:svg|png|csv))?$")]
    private static partial Regex SeriesPath();

    [GeneratedRegex("^/(?<lang>en|es|pt|fr)/countries/(?<iso2>[A-Za-z]{2})/?$")]
    private static partial Regex ProfilePath();

    [GeneratedRegex("^/(?:embed/)?(?<lang>en|es|pt|fr)/compare/?$")]
    private static partial Regex ComparePath();
}

/// <summary>An oEmbed "rich" response, serialised with the specification's snake_case names.</summary>
public sealed record OEmbedResponse(
    [property: System.Text.Json.Serialization.JsonPropertyName("version")] string Version,
    [property: System.Text.Json.Serialization.JsonPropertyName("type")] string Type,
    [property: System.Text.Json.Serialization.JsonPropertyName("title")] string Title,
    [property: System.Text.Json.Serialization.JsonPropertyName("provider_name")] string ProviderName,
    [property: System.Text.Json.Serialization.JsonPropertyName("provider_url")] string ProviderUrl,
    [property: System.Text.Json.Serialization.JsonPropertyName("license_url")] string LicenseUrl,
    [property: System.Text.Json.Serialization.JsonPropertyName("html")] string Html,
    [property: System.Text.Json.Serialization.JsonPropertyName("width")] int Width,
    [property: System.Text.Json.Serialization.JsonPropertyName("height")] int Height,
    [property: System.Text.Json.Serialization.JsonPropertyName("cache_age")] int CacheAge);
