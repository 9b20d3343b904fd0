using AngleSharp.Dom;
using ComunidadPyme.FunctionalTests.Support;

namespace ComunidadPyme.FunctionalTests.Features.Workspace;

/// <summary>Reads workspace forms the way a browser submits them.</summary>
public static class WorkspacePages
{
    /// <summary>Every named field of the first form that posts to <paramref name="action"/> (or of the page's main form).</summary>
    public static async Task<Dictionary<string, string>> FormFieldsAsync(HttpResponseMessage response, string? action = null)
    {
        var page = await HtmlDocument.ParseAsync(response);
        var form = page.QuerySelectorAll("form")
                       .FirstOrDefault(f => action is null ? f.ClassList.Contains("workspace-form") : f.GetAttribute("action") == action)
                   ?? throw new InvalidOperationException($"No form posting to {action} on the page.");
        return Fields(form);
    }

    public static Dictionary<string, string> Fields(IElement form)
    {
        var fields = new Dictionary<string, string>();
        foreach (var input in form.QuerySelectorAll("input[name], textarea[name], select[name]"))
        {
            var name = input.GetAttribute("name")!;
            var type = input.GetAttribute("type");
            if (name == "__RequestVerificationToken" || type == "file"
                || (type is "checkbox" or "radio" && !input.HasAttribute("checked")))
            {
                continue;
            }

            fields[name] = input.LocalName switch
            {
                "textarea" => input.TextContent,
                "select" => input.QuerySelector("option[selected]")?.GetAttribute("value") ?? string.Empty,
                _ => input.GetAttribute("value") ?? string.Empty,
            };
        }

        return fields;
    }

    /// <summary>The message shown next to a field, or null.</summary>
    public static string? ErrorFor(IDocument page, string field) =>
        page.QuerySelector($"[data-valmsg-for='{field}']")?.TextContent.Trim() is { Length: > 0 } message ? message : null;
}
