using ComunidadPyme.Core.Security;
using ComunidadPyme.Web.Features.Workspace.Authorization;
using ComunidadPyme.Web.Features.Workspace.Common;
using ComunidadPyme.Web.Infrastructure;
using ComunidadPyme.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Workspace.History;

/// <summary>
/// A record's history and "restore this version". Authorised on the record's country as read from the database
/// (shared records: administrators): the history is read by whoever may read the country, reviewers too; a
/// restore needs edit access. There is deliberately no action that changes or deletes audit entries.
/// </summary>
[Authorize(Policy = Policies.Workspace)]
[Route("{lang:lang}/workspace/history/{entityType}/{id:int}")]
public sealed class WorkspaceHistoryController(
    HistoryService history, VersionRestorer restorer, WorkspaceCountryDirectory countries, IAuthorizationService authorization,
    WorkspaceUrls urls, WorkspaceText<WorkspaceHistoryResource> l)
    : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string entityType, int id, CancellationToken cancellationToken)
    {
        var scope = await history.ScopeAsync(entityType, id, cancellationToken);
        if (scope is null)
        {
            return NotFound();
        }

        // Reading the history needs read access (reviewers too); restoring a version, below, is an edit.
        var mayEdit = await MayEditAsync(scope, question: true);
        if (!mayEdit && !await MayReadAsync(scope))
        {
            return Forbidden();
        }

        // The country's sections in the navigation, as on its other workspace pages; the restore buttons only for editors.
        ViewData[CountryWorkspaceController.MayEditKey] = mayEdit;
        if (scope.CountryId is { } countryId)
        {
            ViewData[CountryWorkspaceController.CountryKey] = await countries.FindAsync(countryId, cancellationToken);
        }

        return View(await history.BuildAsync(scope, SupportedCultures.Current, cancellationToken));
    }

    [HttpPost("restore/{entryId:long}")]
    public async Task<IActionResult> Restore(string entityType, int id, long entryId, [FromForm] Guid version, CancellationToken cancellationToken)
    {
        var scope = await history.ScopeAsync(entityType, id, cancellationToken);
        if (scope is null)
        {
            return NotFound();
        }

        if (!await MayEditAsync(scope))
        {
            return Forbidden();
        }

        var outcome = await restorer.RestoreAsync(scope, entryId, version, cancellationToken);
        switch (outcome)
        {
            case RestoreOutcome.NotFound:
                return NotFound();
            case RestoreOutcome.Locked:
                return StatusCode(StatusCodes.Status409Conflict);
            case RestoreOutcome.Conflict:
                TempData.SetStatusMessage(l["Someone changed the record after you opened its history, so nothing was restored. Check the latest changes, then try again."]);
                break;
            case RestoreOutcome.NothingToRestore:
                TempData.SetStatusMessage(l["The record already has the values of that version."]);
                break;
            default:
                TempData.SetStatusMessage(l["The earlier version is restored. The restore is recorded in the history."]);
                break;
        }

        return Redirect(urls.History(SupportedCultures.Current, scope.TypeName, id));
    }

    /// <summary>A plain 403: re-executed as the friendly error page, unlike <c>Forbid()</c>, which the cookie scheme would turn into a redirect.</summary>
    private StatusCodeResult Forbidden() => StatusCode(StatusCodes.Status403Forbidden);

    /// <param name="question">Asked to decide what to show, so a "no" is not logged as a refusal.</param>
    private async Task<bool> MayEditAsync(HistoryScope scope, bool question = false) =>
        scope.CountryId is { } countryId
            ? question ? await authorization.MayEditCountryAsync(User, countryId) : await authorization.CanEditCountryAsync(User, countryId)
            : (await authorization.AuthorizeAsync(User, Policies.Administer)).Succeeded;

    /// <summary>Shared records (principles, cycles) have no readers besides the administrators, who may edit them.</summary>
    private async Task<bool> MayReadAsync(HistoryScope scope) =>
        scope.CountryId is { } countryId && await authorization.CanReadCountryAsync(User, countryId);
}
