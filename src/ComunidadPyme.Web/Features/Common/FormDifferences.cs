using System.Collections;
using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Common;

/// <summary>
/// Lists two versions of a form field by field, for the conflict page. Works on any editor's form: labels
/// come from <see cref="FieldLabelAttribute"/>, choices from the edit page's option lists; a labelled field
/// that is itself a group of labelled fields (a text in several languages) is listed field by field.
/// </summary>
public static class FormDifferences
{
    public static IReadOnlyList<FieldDifference> Compare<TForm>(
        TForm theirs, TForm yours, IStringLocalizer l, IReadOnlyDictionary<string, IReadOnlyList<SelectListItem>>? options = null)
        where TForm : class
    {
        // Both are the same form type, so their fields come out in the same order.
        return [.. Flatten(theirs, l, options, string.Empty)
            .Zip(Flatten(yours, l, options, string.Empty), (their, your) => new FieldDifference(their.Label, their.Value, your.Value))];
    }

    private static IEnumerable<(string Label, string Value)> Flatten(
        object? form, IStringLocalizer l, IReadOnlyDictionary<string, IReadOnlyList<SelectListItem>>? options, string parentLabel)
    {
        if (form is null)
        {
            yield break;
        }

        foreach (var property in form.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetCustomAttribute<FieldLabelAttribute>() is not { } label || !property.CanWrite
                || property.PropertyType == typeof(IFormFile))
            {
                continue;
            }

            var name = parentLabel.Length == 0 ? l[label.Key].Value : $"{parentLabel} › {l[label.Key]}";
            var value = property.GetValue(form);
            if (IsGroup(property.PropertyType))
            {
                foreach (var field in Flatten(value, l, options, name))
                {
                    yield return field;
                }

                continue;
            }

            yield return (name, Describe(value, property.Name, l, options));
        }
    }

    private static string Describe(
        object? value, string propertyName, IStringLocalizer l, IReadOnlyDictionary<string, IReadOnlyList<SelectListItem>>? options)
    {
        if (options is not null && options.TryGetValue(propertyName, out var choices) && value is string or (not IEnumerable and not null))
        {
            var key = Convert.ToString(value, CultureInfo.InvariantCulture);
            return choices.FirstOrDefault(c => string.Equals(c.Value, key, StringComparison.OrdinalIgnoreCase))?.Text ?? key ?? string.Empty;
        }

        return value switch
        {
            null => string.Empty,
            string text => text.Trim(),
            bool flag => flag ? l["Yes"] : l["No"],
            Enum member => EnumText.Of(l, member),
            DateOnly date => Localization.Dates.Short(date),

            // 0.1 and 0.10 are the same amount: the stored and the typed value may differ only in scale.
            decimal amount => (amount / 1.0000000000000000000000000000m).ToString(CultureInfo.CurrentCulture),
            IFormattable number => number.ToString(null, CultureInfo.CurrentCulture),
            IEnumerable items => string.Join("\n", items.Cast<object?>()
                .Select(item => item is null || item.GetType().IsPrimitive || item is Enum or string
                    ? Describe(item, propertyName, l, options)
                    : string.Join(" · ", Flatten(item, l, options, string.Empty)
                        .Where(f => f.Value.Length > 0)
                        .Select(f => l["{0}: {1}", f.Label, f.Value].Value)))
                .Where(line => line.Length > 0)),
            _ => value.ToString() ?? string.Empty,
        };
    }

    private static bool IsGroup(Type type) =>
        type.IsClass && type != typeof(string) && !typeof(IEnumerable).IsAssignableFrom(type)
        && type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Any(p => p.IsDefined(typeof(FieldLabelAttribute)));
}
