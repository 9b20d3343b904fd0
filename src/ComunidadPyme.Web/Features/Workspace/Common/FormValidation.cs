using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ComunidadPyme.Web.Features.Workspace.Common;

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
