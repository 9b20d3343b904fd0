using ComunidadPyme.Web.Features.Common;
using ComunidadPyme.Web.Features.Workspace.Common;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Workspace.Laws;

/// <summary>Laws and policies, with their relations, principles and official text (PDF, up to 20 MB).</summary>
[Route("{lang:lang}/workspace/{iso2:length(2)}/laws")]
[RequestSizeLimit(LawDocumentRules.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = LawDocumentRules.MaxRequestBytes)]
[LawDocumentSizeGuard]
public sealed class WorkspaceLawsController(
    LawEditor editor, LawDocumentFiles documents, IValidator<LawForm> validator, IStringLocalizer<EditingResource> text)
    : CountryRecordsController<LawForm>(editor, validator, text)
{
    [HttpGet("")]
    [ReadableByCountryReaders]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await editor.ListAsync(Country.Id, cancellationToken));

    /// <summary>The uploaded official text, for people who may read the country (reviewers too); always a download, never shown inline.</summary>
    [HttpGet("{id:int}/document")]
    [ReadableByCountryReaders]
    public async Task<IActionResult> Document(int id, CancellationToken cancellationToken)
    {
        if (await documents.OpenAsync(Country, id, cancellationToken) is not { } document)
        {
            return NotFound();
        }

        Response.Headers.XContentTypeOptions = "nosniff";
        return File(document.Content, "application/pdf", document.FileName);
    }
}
