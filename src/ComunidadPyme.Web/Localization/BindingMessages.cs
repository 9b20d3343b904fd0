using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Localization;

/// <summary>
/// Values that cannot even be read as a number or a date get a message in the reader's language too: the
/// model binder's own messages, set once where the application is composed.
/// </summary>
public static class BindingMessages
{
    public static void Localize(DefaultModelBindingMessageProvider messages, IStringLocalizer l)
    {
        messages.SetAttemptedValueIsInvalidAccessor((value, _) => l["“{0}” is not a valid value.", value]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => l["“{0}” is not a valid value.", value]);
        messages.SetUnknownValueIsInvalidAccessor(_ => l["The value is not valid."]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => l["The value is not valid."]);
        messages.SetValueIsInvalidAccessor(value => l["“{0}” is not a valid value.", value]);
        messages.SetValueMustBeANumberAccessor(_ => l["Enter a number."]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => l["Enter a number."]);
        messages.SetValueMustNotBeNullAccessor(_ => l["This field is required."]);
        messages.SetMissingBindRequiredValueAccessor(_ => l["This field is required."]);
        messages.SetMissingKeyOrValueAccessor(() => l["This field is required."]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => l["This field is required."]);
    }
}
