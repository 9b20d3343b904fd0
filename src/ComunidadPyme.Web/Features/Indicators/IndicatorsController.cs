using ComunidadPyme.Web.Infrastructure.Caching;
using ComunidadPyme.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace ComunidadPyme.Web.Features.Indicators;

[Route("{lang:lang}/indicators")]
public sealed class IndicatorsController(IndicatorDirectoryService catalogue) : Controller
{
    [HttpGet("")]
    [OutputCache(PolicyName = PublicCache.SharedPage)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await catalogue.ListAsync(SupportedCultures.Current, cancellationToken));

    [HttpGet("{code}")]
    [OutputCache(PolicyName = PublicCache.SharedPage)]
    public async Task<IActionResult> Details(string code, CancellationToken cancellationToken)
    {
        var indicator = await catalogue.GetAsync(code, SupportedCultures.Current, cancellationToken);
        return indicator is null ? NotFound() : View(indicator);
    }
}
