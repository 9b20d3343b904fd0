using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace ComunidadPyme.FunctionalTests.Support;

/// <summary>The fields a browser would post from a form on a page, which a test can then change.</summary>
public sealed class ObservationsForm
{
    private readonly List<KeyValuePair<string, string>> _fields;

    private ObservationsForm(string action, List<KeyValuePair<string, string>> fields)
    {
        Action = action;
        _fields = fields;
    }

    public string Action { get; }

    public static ObservationsForm From(IDocument page, string selector = "form[method=post]:not([action*='Logout'])")
    {
        var form = page.QuerySelectorAll<IHtmlFormElement>(selector).First(f => !f.Action.Contains("Logout", StringComparison.OrdinalIgnoreCase));
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio" } box when box.IsChecked:
                    fields.Add(new(box.Name!, box.Value));
                    break;
                case IHtmlInputElement { Type: "checkbox" or "radio" or "submit" or "file" }:
                    break;
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name):
                    fields.Add(new(input.Name!, input.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    fields.Add(new(select.Name!, select.Value ?? string.Empty));
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    fields.Add(new(area.Name!, area.Value));
                    break;
            }
        }

        return new ObservationsForm(form.GetAttribute("action") ?? string.Empty, fields);
    }

    public static ObservationsForm Empty(string action = "") => new(action, []);

    public string? this[string name] => _fields.FirstOrDefault(f => f.Key == name).Value;

    public ObservationsForm Set(string name, string value)
    {
        _fields.RemoveAll(f => f.Key == name);
        _fields.Add(new(name, value));
        return this;
    }

    public ObservationsForm Remove(string name)
    {
        _fields.RemoveAll(f => f.Key == name);
        return this;
    }

    public ObservationsForm Copy() => new(Action, [.. _fields]);

    public FormUrlEncodedContent Content() => new(_fields);

    public Task<HttpResponseMessage> PostAsync(HttpClient client) => client.PostAsync(Action, Content());
}
