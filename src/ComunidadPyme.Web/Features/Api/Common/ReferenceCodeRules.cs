using FluentValidation;

namespace ComunidadPyme.Web.Features.Api.Common;

/// <summary>Rules that check country and indicator codes against the database.</summary>
public static class ReferenceCodeRules
{
    public static IRuleBuilderOptionsConditions<T, string?> AreKnownCountries<T>(
        this IRuleBuilder<T, string?> rule, ApiReferenceCodes codes, string parameter) =>
        rule.CustomAsync(async (value, context, cancellationToken) =>
        {
            var unknown = await codes.UnknownCountriesAsync(CodeList.Parse(value), cancellationToken);
            if (unknown.Count > 0)
            {
                context.AddFailure(
                    $"{parameter} has unknown country codes: {Quoted(unknown)}. Use the ISO 3166-1 alpha-2 codes of OAS member states listed at /api/v1/countries.");
            }
        });

    public static IRuleBuilderOptionsConditions<T, string?> AreKnownIndicators<T>(
        this IRuleBuilder<T, string?> rule, ApiReferenceCodes codes, string parameter) =>
        rule.CustomAsync(async (value, context, cancellationToken) =>
        {
            var unknown = await codes.UnknownIndicatorsAsync(CodeList.Parse(value), cancellationToken);
            if (unknown.Count > 0)
            {
                context.AddFailure(
                    $"{parameter} has unknown indicator codes: {Quoted(unknown)}. Use the codes listed at /api/v1/indicators.");
            }
        });

    private static string Quoted(IEnumerable<string> codes) =>
        string.Join(", ", codes.Take(10).Select(code => $"'{ApiQueryRules.Echo(code)}'"));
}
