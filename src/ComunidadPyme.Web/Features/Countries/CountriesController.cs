using ComunidadPyme.Web.Localization;
using Microsoft.AspNetCore.Mvc;

namespace ComunidadPyme.Web.Features.Countries;

[Route("{lang:lang}/countries")]
public sealed class CountriesController(CountryDirectoryService directory) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await directory.ListAsync(SupportedCultures.Current, cancellationToken));
}
