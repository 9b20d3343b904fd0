using ComunidadPyme.Web.Features.Workspace.Common;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace ComunidadPyme.Web.Features.Workspace.Progress;

[Route("{lang:lang}/workspace/{iso2:length(2)}/progress")]
public sealed class WorkspaceProgressController(ProgressEditor editor, IValidator<ProgressForm> validator)
    : CountryRecordsController<ProgressForm>(editor, validator)
{
    protected override string Section => WorkspaceSections.Progress;

    protected override string TitleOf(EditorPage<ProgressForm> page) => page.RecordTitle ?? string.Empty;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await editor.ListAsync(Country.Id, cancellationToken));

    [HttpPost("{id:int}/submit")]
    public async Task<IActionResult> Submit(int id, [FromForm] Guid version, CancellationToken cancellationToken)
    {
        switch (await editor.SubmitAsync(Country, id, version, cancellationToken))
        {
            case EditOutcome.Saved:
                Notice(Text["Submitted. The reviewers have been given the report."]);
                return Redirect(SectionUrl(Section));
            case EditOutcome.Conflict:
                Notice(Text["Someone changed the report after you opened the list. Check it, then submit again."]);
                return Redirect(RecordUrl(Section, id, "edit"));
            case EditOutcome.Locked:
                return StatusCode(StatusCodes.Status409Conflict);
            default:
                return NotFound();
        }
    }
}
