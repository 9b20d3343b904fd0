using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace ComunidadPyme.FunctionalTests.Support;

/// <summary>
/// A posting form read from a page as a browser reads it: its action, its encoding, every field a browser
/// would send with its current value (checked boxes, the chosen or else the first option, hidden fields), and
/// the text fields a person types into.
/// </summary>
public sealed partial class PortalForm
{
    private const string TokenField = "__RequestVerificationToken";

    private static readonly HashSet<string> s_textTypes = new(StringComparer.OrdinalIgnoreCase) { "text", "url", "email", "search", "tel" };

    private PortalForm(string pageUrl, string action, bool multipart, string token, List<KeyValuePair<string, string>> fields, List<string> textFields)
    {
        (PageUrl, Action, Multipart, Token, Fields, TextFields) = (pageUrl, action, multipart, token, fields, textFields);
    }

    public string PageUrl { get; }

    /// <summary>What the failure messages call it: the page it was found on and, if different, where it posts.</summary>
    public string Name => Action == PageUrl ? PageUrl : $"{PageUrl} → {Action}";

    public string Action { get; }

    public bool Multipart { get; }

    public string Token { get; }

    public IReadOnlyList<KeyValuePair<string, string>> Fields { get; }

    /// <summary>Inputs of a text kind and text areas; of repeated rows (Relations[0], Relations[1]…) only the first row.</summary>
    public IReadOnlyList<string> TextFields { get; }

    /// <summary>The posting forms of a page that have at least one text field.</summary>
    public static IEnumerable<PortalForm> On(IDocument page, string pageUrl)
    {
        foreach (var form in page.QuerySelectorAll("form").Where(f => string.Equals(f.GetAttribute("method"), "post", StringComparison.OrdinalIgnoreCase)))
        {
            var fields = new List<KeyValuePair<string, string>>();
            var textFields = new List<string>();
            foreach (var element in form.QuerySelectorAll("input[name], textarea[name], select[name]").Where(e => !e.HasAttribute("disabled")))
            {
                var name = element.GetAttribute("name")!;
                var type = element.GetAttribute("type") ?? "text";
                if (name == TokenField || type is "file" or "submit" or "button" or "image" or "reset"
                    || (type is "checkbox" or "radio" && !element.HasAttribute("checked")))
                {
                    continue;
                }

                foreach (var value in ValuesOf(element))
                {
                    fields.Add(KeyValuePair.Create(name, value));
                }

                if ((element.LocalName == "textarea" || (element.LocalName == "input" && s_textTypes.Contains(type)))
                    && !LaterRow().IsMatch(name) && !textFields.Contains(name))
                {
                    textFields.Add(name);
                }
            }

            var token = form.QuerySelector($"input[name={TokenField}]")?.GetAttribute("value");
            if (textFields.Count > 0 && token is not null)
            {
                var action = form.GetAttribute("action") is { Length: > 0 } posted ? posted : pageUrl;
                yield return new PortalForm(pageUrl, action, form.GetAttribute("enctype") == "multipart/form-data", token, fields, textFields);
            }
        }
    }

    /// <summary>The form's fields with some set to one value (added when the page did not have them); the last change of a field wins.</summary>
    public List<KeyValuePair<string, string>> With(IEnumerable<KeyValuePair<string, string>> changes)
    {
        var fields = Fields.ToList();
        var values = new Dictionary<string, string>();
        foreach (var (name, value) in changes)
        {
            values[name] = value;
        }

        fields.RemoveAll(f => values.ContainsKey(f.Key));
        fields.AddRange(values);
        return fields;
    }

    /// <summary>The request body a browser would send for these fields, with the form's anti-forgery token.</summary>
    public HttpContent Content(IEnumerable<KeyValuePair<string, string>> fields)
    {
        var all = fields.Append(KeyValuePair.Create(TokenField, Token));
        if (!Multipart)
        {
            return new FormUrlEncodedContent(all);
        }

        var multipart = new MultipartFormDataContent();
        foreach (var (name, value) in all)
        {
            multipart.Add(new StringContent(value), name);
        }

        return multipart;
    }

    private static IEnumerable<string> ValuesOf(IElement element)
    {
        switch (element.LocalName)
        {
            case "textarea":
                return [element.TextContent];
            case "select":
                var options = element.QuerySelectorAll("option").ToList();
                var chosen = options.Where(o => o.HasAttribute("selected")).ToList();
                return (chosen.Count > 0 ? chosen : options.Take(1)).Select(o => o.GetAttribute("value") ?? o.TextContent);
            default:
                return [element.GetAttribute("value") ?? (element.GetAttribute("type") is "checkbox" or "radio" ? "on" : string.Empty)];
        }
    }

    [GeneratedRegex(@"\[[1-9][0-9]*\]")]
    private static partial Regex LaterRow();
}
