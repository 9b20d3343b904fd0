using ComunidadPyme.Web.Infrastructure.Caching;
using ComunidadPyme.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace ComunidadPyme.Web.Features.Home;

[Route("{lang:lang}")]
public sealed class HomeController(HomePageService home) : Controller
{
    /// <param name="indicator">The indicator that colours the map; unknown codes fall back to the default, with a note.</param>
    [HttpGet("")]
    [OutputCache(PolicyName = PublicCache.SharedPage)]
    public async Task<IActionResult> Index(string? indicator, CancellationToken cancellationToken) =>
        View(await home.BuildAsync(indicator, SupportedCultures.Current, cancellationToken));
}
