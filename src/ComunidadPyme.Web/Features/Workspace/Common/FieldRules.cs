using System.Globalization;
using System.Net.Mail;
using ComunidadPyme.Core.Common;
using ComunidadPyme.Web.Infrastructure.RichText;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Workspace.Common;

/// <summary>The workspace's validation rules, each with its message in the reader's language.</summary>
public static class FieldRules
{
    public const int EarliestYear = 1800;
    public const int LatestYear = 2100;

    public static IRuleBuilderOptions<T, string?> Required<T>(this IRuleBuilder<T, string?> rule, IStringLocalizer l) =>
        rule.Must(value => TextCleaning.HasVisibleText(TextCleaning.RemoveUnsafeCharacters(value))).WithMessage(_ => l["This field is required."]);

    public static IRuleBuilderOptions<T, TValue?> Chosen<T, TValue>(this IRuleBuilder<T, TValue?> rule, IStringLocalizer l)
        where TValue : struct =>
        rule.NotNull().WithMessage(_ => l["Choose one of the options."]);

    public static IRuleBuilderOptions<T, string?> MaxChars<T>(this IRuleBuilder<T, string?> rule, int max, IStringLocalizer l) =>
        rule.Must(value => value is null || value.Trim().Length <= max)
            .WithMessage(_ => l["Use at most {0} characters.", max.ToString("N0", CultureInfo.CurrentCulture)]);

    public static IRuleBuilderOptions<T, string?> WebAddress<T>(this IRuleBuilder<T, string?> rule, IStringLocalizer l) =>
        rule.Must(value => string.IsNullOrWhiteSpace(value) || MarkdownLinks.IsWebAddress(value))
            .WithMessage(_ => l["Enter a full address starting with http:// or https://."]);

    public static IRuleBuilderOptions<T, string?> EmailAddress<T>(this IRuleBuilder<T, string?> rule, IStringLocalizer l) =>
        rule.Must(value => string.IsNullOrWhiteSpace(value) || IsEmail(value.Trim()))
            .WithMessage(_ => l["Enter an e-mail address such as name@example.org."]);

    public static IRuleBuilderOptions<T, string?> OnlyWebLinks<T>(this IRuleBuilder<T, string?> rule, IStringLocalizer l) =>
        rule.Must(MarkdownLinks.AllAreWebAddresses)
            .WithMessage(_ => l["Links in the text must start with http:// or https://."]);

    public static IRuleBuilderOptions<T, TEnum> Defined<T, TEnum>(this IRuleBuilder<T, TEnum> rule, IStringLocalizer l)
        where TEnum : struct, Enum =>
        rule.Must(value => Enum.IsDefined(value)).WithMessage(_ => l["Choose one of the options."]);

    public static IRuleBuilderOptions<T, DateOnly?> PlausibleDate<T>(this IRuleBuilder<T, DateOnly?> rule, IStringLocalizer l) =>
        rule.Must(date => date is null || date.Value.Year is >= EarliestYear and <= LatestYear)
            .WithMessage(_ => l["Enter a date between {0} and {1}.", EarliestYear, LatestYear]);

    public static IRuleBuilderOptions<T, decimal?> NotNegative<T>(this IRuleBuilder<T, decimal?> rule, IStringLocalizer l) =>
        rule.Must(value => value is null or >= 0).WithMessage(_ => l["Enter zero or a positive number."]);

    public static IRuleBuilderOptions<T, int?> NotNegative<T>(this IRuleBuilder<T, int?> rule, IStringLocalizer l) =>
        rule.Must(value => value is null or >= 0).WithMessage(_ => l["Enter zero or a positive number."]);

    private static bool IsEmail(string value) =>
        value.Length <= Core.Common.FieldLengths.Email
        && MailAddress.TryCreate(value, out var address)
        && address.Address == value
        && address.Host.Contains('.', StringComparison.Ordinal);
}
