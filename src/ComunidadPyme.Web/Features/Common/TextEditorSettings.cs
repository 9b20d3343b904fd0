using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace ComunidadPyme.Web.Features.Common;

/// <summary>How the text-editor partials (<c>_LocalizedTextEditor</c>, the workspace's <c>_TranslatableTextEditor</c>) show one text field.</summary>
/// <param name="Required">The original (or, for reference text, the English) is required.</param>
/// <param name="EveryLanguageRequired">Reference text that must be written in all four languages (an indicator's name).</param>
public sealed record TextEditorSettings(
    string Label, bool Multiline = false, bool Rich = false, bool Required = false, string? Hint = null, bool EveryLanguageRequired = false)
{
    public const string Key = "TextEditor";
}

/// <summary>View data for the text-editor partials: the page's own, plus how to show the field.</summary>
public static class EditorViewData
{
    public static ViewDataDictionary For(
        ViewDataDictionary page, string label, bool multiline = false, bool rich = false, bool required = false, string? hint = null,
        bool everyLanguageRequired = false) =>
        new(page) { [TextEditorSettings.Key] = new TextEditorSettings(label, multiline, rich, required, hint, everyLanguageRequired) };
}
