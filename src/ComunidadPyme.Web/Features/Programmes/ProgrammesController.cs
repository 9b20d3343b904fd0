using ComunidadPyme.Web.Infrastructure.Caching;
using ComunidadPyme.Web.Localization;
using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace ComunidadPyme.Web.Features.Programmes;

[Route("{lang:lang}/programmes")]
public sealed class ProgrammesController(ProgrammeDirectoryService directory, IValidator<ProgrammeSearchInput> validator)
    : Controller
{
    [HttpGet("")]
    [OutputCache(PolicyName = PublicCache.SharedPage)]
    public async Task<IActionResult> Index([FromQuery] ProgrammeSearchInput input, CancellationToken cancellationToken)
    {
        (await validator.ValidateAsync(input, cancellationToken)).AddToModelState(ModelState);
        return View(await directory.ListAsync(input, Request.Path, SupportedCultures.Current, cancellationToken));
    }
}
