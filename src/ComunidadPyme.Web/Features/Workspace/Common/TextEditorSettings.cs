namespace ComunidadPyme.Web.Features.Workspace.Common;

/// <summary>How the shared text-editor partials show one text field (passed in their view data).</summary>
public sealed record TextEditorSettings(string Label, bool Multiline = false, bool Rich = false, bool Required = false, string? Hint = null)
{
    public const string Key = "TextEditor";
}
