using ComunidadPyme.Core.Common;
using ComunidadPyme.Web.Features.Workspace.Common;
using ComunidadPyme.Web.Infrastructure;
using ComunidadPyme.Web.Localization;
using Microsoft.AspNetCore.Mvc;

namespace ComunidadPyme.Web.Features.Workspace.Problems;

/// <summary>
/// The problems visitors reported on the country's figures, laws and programmes. The country's focal points answer
/// and resolve them; OAS reviewers may read them (the country is checked by <see cref="WorkspaceCountryFilter"/>).
/// </summary>
[Route("{lang:lang}/workspace/{iso2:length(2)}/problems")]
public sealed class WorkspaceProblemsController(
    ProblemTicketService tickets, WorkspaceUrls urls, WorkspaceText<WorkspaceProblemsResource> l) : CountryWorkspaceController
{
    [HttpGet("")]
    [ReadableByCountryReaders]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await tickets.ListAsync(Country.Id, cancellationToken));

    [HttpPost("{id:int}/answer")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Answer(int id, [FromForm] Guid version, [FromForm] string? answer, [FromForm] bool resolve,
        CancellationToken cancellationToken)
    {
        var text = (answer ?? string.Empty).Trim(); // the model binder has removed invisible and unsafe characters
        if (text.Length == 0 || text.Length > FieldLengths.Comment)
        {
            TempData.SetStatusMessage(text.Length == 0
                ? l["Write the answer before sending it."]
                : l["Keep the answer under {0} characters.", FieldLengths.Comment]);
            return RedirectToIndex(id);
        }

        var profile = Url.Action("Show", "CountryProfile", new { lang = SupportedCultures.Current, iso2 = Country.Iso2.ToLowerInvariant() }, Request.Scheme)!;
        return Done(await tickets.AnswerAsync(Country.Id, id, version, text, resolve, profile, cancellationToken), id,
            resolve ? l["The answer is saved and the problem is resolved."] : l["The answer is saved."]);
    }

    [HttpPost("{id:int}/resolve")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Resolve(int id, [FromForm] Guid version, CancellationToken cancellationToken) =>
        Done(await tickets.SetResolvedAsync(Country.Id, id, version, resolved: true, cancellationToken), id, l["The problem is resolved."]);

    [HttpPost("{id:int}/reopen")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Reopen(int id, [FromForm] Guid version, CancellationToken cancellationToken) =>
        Done(await tickets.SetResolvedAsync(Country.Id, id, version, resolved: false, cancellationToken), id, l["The problem is open again."]);

    private IActionResult Done(TicketOutcome outcome, int id, string message)
    {
        switch (outcome)
        {
            case TicketOutcome.NotFound:
                return NotFound();
            case TicketOutcome.Conflict:
                TempData.SetStatusMessage(l["Someone else changed this report since you opened the page. It is shown as it is now; nothing of yours was saved."]);
                break;
            default:
                TempData.SetStatusMessage(message);
                break;
        }

        return RedirectToIndex(id);
    }

    private RedirectResult RedirectToIndex(int id) =>
        Redirect(urls.Section(SupportedCultures.Current, Country.Iso2, WorkspaceSections.Problems) + $"#problem-{id}");
}
