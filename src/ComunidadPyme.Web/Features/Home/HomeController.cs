using ComunidadPyme.Web.Features.Countries;
using ComunidadPyme.Web.Localization;
using Microsoft.AspNetCore.Mvc;

namespace ComunidadPyme.Web.Features.Home;

[Route("{lang:lang}")]
public sealed class HomeController(CountryDirectoryService directory) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await directory.ListAsync(SupportedCultures.Current, cancellationToken));
}
