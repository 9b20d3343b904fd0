using ComunidadPyme.Web.Infrastructure.Caching;
using ComunidadPyme.Web.Localization;
using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.StaticFiles;

namespace ComunidadPyme.Web.Features.Laws;

[Route("{lang:lang}/laws")]
public sealed class LawsController(
    LawLibraryService library,
    LawDetailsService details,
    LawDocumentService documents,
    IValidator<LawSearchInput> validator) : Controller
{
    private static readonly FileExtensionContentTypeProvider s_contentTypes = new();

    [HttpGet("")]
    [OutputCache(PolicyName = PublicCache.SharedPage)]
    public async Task<IActionResult> Index([FromQuery] LawSearchInput input, CancellationToken cancellationToken)
    {
        (await validator.ValidateAsync(input, cancellationToken)).AddToModelState(ModelState);
        return View(await library.SearchAsync(input, Request.Path, SupportedCultures.Current, cancellationToken));
    }

    [HttpGet("{id:int}")]
    [OutputCache(PolicyName = PublicCache.SharedPage)]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        var law = await details.FindAsync(id, SupportedCultures.Current, cancellationToken);
        return law is null ? NotFound() : View(law);
    }

    [HttpGet("{id:int}/document")]
    public async Task<IActionResult> Document(int id, CancellationToken cancellationToken)
    {
        var file = await documents.FindAsync(id, cancellationToken);
        if (file is null)
        {
            return NotFound();
        }

        var contentType = s_contentTypes.TryGetContentType(file.FileName, out var type) ? type : "application/octet-stream";
        return PhysicalFile(file.FullPath, contentType, file.FileName);
    }
}
