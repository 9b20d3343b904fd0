using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Common;

/// <summary>
/// The round trip's shared pages, beside this file (found in <c>Features/Common</c> by the feature-folder view
/// expander): the conflict page and the delete confirmation, in the layout of the editor that shows them.
/// </summary>
public static class EditorViews
{
    public const string Conflict = "RecordConflict";
    public const string Delete = "RecordDelete";

    /// <summary>View data key of the layout of the shared pages (the workspace's); none for the site's own.</summary>
    public const string LayoutKey = "EditorLayout";

    /// <summary>
    /// The conflict page (409): <paramref name="theirs"/> is the record as saved now, <paramref name="yours"/>
    /// what the person posted. "Overwrite with mine" re-posts their fields with the current version.
    /// </summary>
    public static ViewResult ConflictPage<TForm>(
        this Controller controller, EditorPage<TForm> theirs, TForm yours, string keepTheirsUrl, IStringLocalizer labels, string? layout)
        where TForm : class, IVersionedForm
    {
        var request = controller.Request;
        var versionField = $"{FormValidation.Prefix}.{nameof(IVersionedForm.Version)}";
        var yourValues = request.Form
            .Where(f => f.Key != "__RequestVerificationToken" && f.Key != versionField)
            .SelectMany(f => f.Value.Select(v => KeyValuePair.Create(f.Key, v ?? string.Empty)))
            .Append(KeyValuePair.Create(versionField, theirs.Form.Version.ToString()))
            .ToList();
        var model = new ConflictViewModel(
            theirs.RecordTitle ?? string.Empty,
            FormDifferences.Compare(theirs.Form, yours, labels, theirs.Options),
            (request.PathBase + request.Path).Value!,
            yourValues,
            keepTheirsUrl,
            theirs.UpdatedBy,
            theirs.UpdatedAtUtc,
            FilesDropped: request.Form.Files.Count > 0);
        return Page(controller, Conflict, model, StatusCodes.Status409Conflict, layout);
    }

    public static ViewResult DeletePage(this Controller controller, DeleteViewModel model, int statusCode, string? layout) =>
        Page(controller, Delete, model, statusCode, layout);

    private static ViewResult Page(Controller controller, string view, object model, int statusCode, string? layout)
    {
        controller.ViewData[LayoutKey] = layout;
        var result = controller.View(view, model);
        result.StatusCode = statusCode;
        return result;
    }
}
