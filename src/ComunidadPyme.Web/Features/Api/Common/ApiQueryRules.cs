using ComunidadPyme.Core.Common;
using FluentValidation;

namespace ComunidadPyme.Web.Features.Api.Common;

/// <summary>Rules for query parameters; every message names the parameter and says what it accepts.</summary>
public static class ApiQueryRules
{
    private const int EchoLength = 40;

    public static IRuleBuilderOptions<T, string?> IsApiLanguage<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(value => string.IsNullOrWhiteSpace(value) || Languages.IsSupported(value.Trim()))
            .WithMessage((_, value) => $"lang must be one of {string.Join(", ", Languages.All)}; '{Echo(value)}' is not.");

    public static IRuleBuilderOptions<T, string?> IsWholeNumber<T>(
        this IRuleBuilder<T, string?> rule, string parameter, int min, int max) =>
        rule.Must(value => string.IsNullOrWhiteSpace(value)
                           || (ApiNumbers.TryParseWholeNumber(value, out var number) && number >= min && number <= max))
            .WithMessage((_, value) => $"{parameter} must be a whole number from {min} to {max}; '{Echo(value)}' is not.");

    public static IRuleBuilderOptions<T, string?> IsEnumName<T, TEnum>(this IRuleBuilder<T, string?> rule, string parameter)
        where TEnum : struct, Enum =>
        rule.Must(value => string.IsNullOrWhiteSpace(value) || EnumNames.IsAllowed<TEnum>(value))
            .WithMessage((_, value) =>
                $"{parameter} must be one of {string.Join(", ", EnumNames.Allowed<TEnum>())}; '{Echo(value)}' is not.");

    public static IRuleBuilderOptions<T, string?> IsCodeList<T>(this IRuleBuilder<T, string?> rule, string parameter) =>
        rule.Must(value => value is null || value.Length <= CodeList.MaxLength)
            .WithMessage($"{parameter} must be at most {CodeList.MaxLength} characters long.");

    /// <summary>The value as quoted back in a message: short enough to read, never the whole of a long input.</summary>
    public static string Echo(string? value) =>
        value is null ? string.Empty : value.Length <= EchoLength ? value : value[..EchoLength] + "…";
}
