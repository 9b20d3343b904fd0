using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace ComunidadPyme.Web.Features.Workspace.Common;

/// <summary>View data for the shared text-editor partials: the page's own, plus how to show the field.</summary>
public static class EditorViewData
{
    public static ViewDataDictionary For(
        ViewDataDictionary page, string label, bool multiline = false, bool rich = false, bool required = false, string? hint = null) =>
        new(page) { [TextEditorSettings.Key] = new TextEditorSettings(label, multiline, rich, required, hint) };
}
