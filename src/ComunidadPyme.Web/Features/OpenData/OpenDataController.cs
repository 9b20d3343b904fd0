using ComunidadPyme.Web.Infrastructure.Caching;
using ComunidadPyme.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace ComunidadPyme.Web.Features.OpenData;

[Route("{lang:lang}/open-data")]
public sealed class OpenDataController(OpenDataPageService page) : Controller
{
    [HttpGet("")]
    [OutputCache(PolicyName = PublicCache.SharedPage)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await page.BuildAsync(SupportedCultures.Current, HttpContext, cancellationToken));
}
