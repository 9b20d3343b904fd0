using System.ComponentModel.DataAnnotations;
using ComunidadPyme.Core.Common;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;

namespace ComunidadPyme.Web.Infrastructure.ModelBinding;

/// <summary>
/// Every text bound from a request (forms, queries, routes) loses the characters no page or file should
/// hold (<see cref="TextCleaning"/>) before validation sees it, so validators judge the value that will be
/// stored and no feature can forget. Passwords are bound as typed.
/// </summary>
public sealed class CleanTextModelBinder(IModelBinder inner) : IModelBinder
{
    public async Task BindModelAsync(ModelBindingContext bindingContext)
    {
        await inner.BindModelAsync(bindingContext);
        if (bindingContext.Result is { IsModelSet: true, Model: string text }
            && TextCleaning.RemoveUnsafeCharacters(text) is { } cleaned
            && !ReferenceEquals(cleaned, text))
        {
            var value = cleaned.Length == 0 && bindingContext.ModelMetadata.ConvertEmptyStringToNull ? null : cleaned;
            bindingContext.Result = ModelBindingResult.Success(value);
        }
    }
}

public sealed class CleanTextModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        var metadata = context.Metadata;
        if (metadata.ModelType != typeof(string) || metadata.DataTypeName == nameof(DataType.Password)
            || metadata.BindingSource is { } source && !source.CanAcceptDataFrom(BindingSource.Form)
               && !source.CanAcceptDataFrom(BindingSource.Query) && !source.CanAcceptDataFrom(BindingSource.Path))
        {
            return null;
        }

        var loggerFactory = context.Services.GetRequiredService<ILoggerFactory>();
        return new CleanTextModelBinder(new SimpleTypeModelBinder(typeof(string), loggerFactory));
    }
}
