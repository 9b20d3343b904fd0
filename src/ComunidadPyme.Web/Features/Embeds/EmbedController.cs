using ComunidadPyme.Web.Features.Charts;
using ComunidadPyme.Web.Features.Compare;
using ComunidadPyme.Web.Features.CountryProfile;
using ComunidadPyme.Web.Infrastructure.Caching;
using ComunidadPyme.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace ComunidadPyme.Web.Features.Embeds;

/// <summary>
/// Charts for other sites to frame: the only pages served with <c>frame-ancestors *</c> (see SecurityHeaders),
/// without cookies or sign-in, each with its title, source, licence and a link back to the portal. An unknown
/// country, indicator or comparison gets a 404 in the same small layout.
/// </summary>
[Route("embed/{lang:lang}")]
public sealed class EmbedController(
    SeriesChartService series,
    ComparePageService compare) : Controller
{
    [HttpGet("countries/{iso2}/series/{code}")]
    [OutputCache(PolicyName = PublicCache.CountryPage)]
    public async Task<IActionResult> Series(string iso2, string code, CancellationToken cancellationToken)
    {
        var language = SupportedCultures.Current;
        if (await series.ChartAsync(iso2, code, language, cancellationToken) is not var (spec, found))
        {
            return EmbedNotFound();
        }

        var page = Url.Action("Show", "CountryProfile", new { lang = language, iso2 = found.Country.Slug }, Request.Scheme, null, found.Series.ElementId)!;
        return Embed(spec, page);
    }

    [HttpGet("compare")]
    [OutputCache(PolicyName = PublicCache.SharedPage)]
    public async Task<IActionResult> Compare([FromQuery] CompareQuery query, CancellationToken cancellationToken)
    {
        var language = SupportedCultures.Current;
        // An indicator the address names but the catalogue does not know is a 404, not the first indicator instead.
        if (await compare.ChartAsync(query, language, cancellationToken) is not var (spec, selection)
            || !string.IsNullOrEmpty(query.Indicator) && !string.Equals(query.Indicator, selection.Indicator!.Code, StringComparison.OrdinalIgnoreCase))
        {
            return EmbedNotFound();
        }

        var values = selection.ToRouteValues(language, selection.View);
        return Embed(spec, Url.Action("Index", "Compare", values, Request.Scheme)!);
    }

    private ViewResult Embed(ChartSpec spec, string page) =>
        View("Chart", new EmbedViewModel(spec.Title, ChartFactory.Svg(spec, "embed"), spec.Notes, page,
            Url.Action("Get", "OEmbed", new { url = page }, Request.Scheme)!));

    private ViewResult EmbedNotFound()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return View("NotFound");
    }
}
