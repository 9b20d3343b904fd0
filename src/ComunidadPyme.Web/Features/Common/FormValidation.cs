using System.Collections;
using System.Globalization;
using System.Reflection;
using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Common;

/// <summary>How a posted editor form is checked before anything is saved: its validator, then its choices.</summary>
public static class FormValidation
{
    /// <summary>The name the edit pages give their form's fields ("Form.Title.Original").</summary>
    public const string Prefix = "Form";

    /// <summary>Runs the form's validator and adds its messages to the model state under the form's prefix.</summary>
    public static async Task<bool> ValidateIntoAsync<T>(
        this IValidator<T> validator, T form, ModelStateDictionary modelState, CancellationToken cancellationToken)
    {
        var result = await validator.ValidateAsync(form, cancellationToken);
        result.AddToModelState(modelState, Prefix);
        return modelState.IsValid;
    }
}

/// <summary>
/// Every value a form chooses from a list (an institution, a law, a principle, a role) must be one the page
/// offered. The lists are read from the database within the editor's scope, so an id of another country's
/// record is refused. A field the validator already refused keeps that one message.
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
                if (chosen.Any(v => v is not null && !choices.Any(c => string.Equals(c.Value, Convert.ToString(v, CultureInfo.InvariantCulture), StringComparison.OrdinalIgnoreCase)))
                    && modelState.GetFieldValidationState(fieldPath) != ModelValidationState.Invalid)
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
