using ComunidadPyme.Web.Infrastructure;
using ComunidadPyme.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Workspace.Common;

/// <summary>
/// What every workspace and administration controller shares: 403s, notices, the conflict page. (No caching
/// of signed-in pages is one global rule: <see cref="Infrastructure.SignedInNoStoreFilter"/>.)
/// </summary>
public abstract class WorkspaceControllerBase : Controller
{
    public const string ConflictView = "WorkspaceConflict";
    public const string DeleteView = "WorkspaceDelete";

    protected static string Lang => SupportedCultures.Current;

    protected IStringLocalizer<WorkspaceResource> Text =>
        HttpContext.RequestServices.GetRequiredService<IStringLocalizer<WorkspaceResource>>();

    protected WorkspaceUrls Links => HttpContext.RequestServices.GetRequiredService<WorkspaceUrls>();

    /// <summary>
    /// A plain 403: re-executed as the friendly error page, unlike <c>Forbid()</c>, which the cookie scheme
    /// would turn into a redirect.
    /// </summary>
    protected IActionResult Forbidden() => StatusCode(StatusCodes.Status403Forbidden);

    protected void Notice(string message) => TempData.SetStatusMessage(message);

    protected IActionResult ConflictPage<TForm>(
        string recordTitle,
        TForm theirs,
        TForm yours,
        Guid currentVersion,
        string keepTheirsUrl,
        string? savedBy,
        DateTime? savedAtUtc,
        IReadOnlyDictionary<string, IReadOnlyList<SelectListItem>>? options = null)
        where TForm : class
    {
        var versionField = FormValidation.Prefix + ".Version";
        var yourValues = Request.Form
            .Where(f => f.Key != "__RequestVerificationToken" && f.Key != versionField)
            .SelectMany(f => f.Value.Select(v => KeyValuePair.Create(f.Key, v ?? string.Empty)))
            .Append(KeyValuePair.Create(versionField, currentVersion.ToString()))
            .ToList();
        var model = new ConflictViewModel(
            recordTitle,
            FormDifferences.Compare(theirs, yours, Text, options),
            Request.Path,
            yourValues,
            keepTheirsUrl,
            savedBy,
            savedAtUtc,
            FilesDropped: Request.Form.Files.Count > 0);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return View(ConflictView, model);
    }
}
