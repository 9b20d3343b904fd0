using System.Collections;
using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Workspace.Common;

/// <summary>
/// Every id a form chooses from a list (an institution, a law, a principle) must be one the page offered.
/// The lists are read from the database within the country, so an id of another country's record is refused.
/// </summary>
public static class OptionChecks
{
    public static void Validate(
        object form, IReadOnlyDictionary<string, IReadOnlyList<SelectListItem>> options, ModelStateDictionary modelState, IStringLocalizer l)
    {
        Check(form, options, modelState, l, FormValidation.Prefix);
    }

    private static void Check(
        object form, IReadOnlyDictionary<string, IReadOnlyList<SelectListItem>> options, ModelStateDictionary modelState, IStringLocalizer l, string path)
    {
        foreach (var property in form.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            var value = property.GetValue(form);
            var fieldPath = $"{path}.{property.Name}";
            if (options.TryGetValue(property.Name, out var choices))
            {
                var chosen = value is IEnumerable many and not string ? many.Cast<object?>() : [value];
                if (chosen.Any(v => v is not null && !choices.Any(c => c.Value == Convert.ToString(v, CultureInfo.InvariantCulture))))
                {
                    modelState.AddModelError(fieldPath, l["Choose one of the options."]);
                }
            }
            else if (value is IList rows && property.PropertyType.IsGenericType
                     && property.PropertyType.GetGenericArguments()[0] is { IsClass: true } rowType && rowType != typeof(string))
            {
                for (var i = 0; i < rows.Count; i++)
                {
                    if (rows[i] is { } row)
                    {
                        Check(row, options, modelState, l, $"{fieldPath}[{i}]");
                    }
                }
            }
        }
    }
}
