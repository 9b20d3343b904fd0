using FluentValidation;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Compare;

/// <summary>
/// Says, in the visitor's language, what is wrong with a comparison asked for in the address. Nothing here
/// stops the page: <see cref="CompareSelectionResolver"/> shows a sensible comparison instead.
/// </summary>
public sealed class CompareRequestValidator : AbstractValidator<CompareRequest>
{
    private const int MaxListedCodes = 5;

    public CompareRequestValidator(IStringLocalizer<CompareResource> text)
    {
        RuleFor(r => r.Query.Indicator)
            .Must((r, code) => r.Catalogue.FindIndicator(code) is not null)
            .When(r => !string.IsNullOrWhiteSpace(r.Query.Indicator))
            .WithMessage(r => text["There is no indicator with the code “{0}”; choose one from the list.",
                CompareInput.Echo(r.Query.Indicator!)]);

        RuleFor(r => r.Query.Countries)
            .Must(codes => CompareInput.CountryCodes(codes).Count <= CompareInput.MaxCountries)
            .WithMessage(r => text["You can compare at most {0} countries at a time; you listed {1}, so only the first {0} are used.",
                CompareInput.MaxCountries, CompareInput.CountryCodes(r.Query.Countries).Count]);

        RuleFor(r => r.Query.Countries)
            .Must((r, codes) => UnknownCountries(r).Count == 0)
            .WithMessage(r => text["There is no member state with the code {0}.", string.Join(", ",
                UnknownCountries(r).Take(MaxListedCodes).Select(c => $"“{CompareInput.Echo(c)}”"))]);

        RuleFor(r => r.Query.Region)
            .Must(region => CompareInput.TryParseRegion(region, out _))
            .When(r => !string.IsNullOrWhiteSpace(r.Query.Region))
            .WithMessage(r => text["There is no region called “{0}”.", CompareInput.Echo(r.Query.Region!)]);

        RuleFor(r => r.Query.From).Cascade(CascadeMode.Stop)
            .Must(from => CompareInput.TryParseYear(from, out _))
            .WithMessage(_ => text["The first year must be written in digits, such as 2015."])
            .Must(from => CompareInput.TryParseYearInRange(from, out _))
            .WithMessage(_ => text["Years must be between {0} and {1}.", CompareInput.MinYear, CompareInput.MaxYear])
            .When(r => !string.IsNullOrWhiteSpace(r.Query.From));

        RuleFor(r => r.Query.To).Cascade(CascadeMode.Stop)
            .Must(to => CompareInput.TryParseYear(to, out _))
            .WithMessage(_ => text["The last year must be written in digits, such as 2024."])
            .Must(to => CompareInput.TryParseYearInRange(to, out _))
            .WithMessage(_ => text["Years must be between {0} and {1}.", CompareInput.MinYear, CompareInput.MaxYear])
            .When(r => !string.IsNullOrWhiteSpace(r.Query.To));

        RuleFor(r => r.Query)
            .Must(q => !IsReversed(q))
            .OverridePropertyName("Years")
            .WithMessage(r => text["The first year ({0}) comes after the last year ({1}), so the two have been swapped.",
                r.Query.From!.Trim(), r.Query.To!.Trim()]);

        RuleFor(r => r.Query.View)
            .Must(view => CompareInput.TryParseView(view, out _))
            .When(r => !string.IsNullOrWhiteSpace(r.Query.View))
            .WithMessage(r => text["There is no view called “{0}”; the table is shown.", CompareInput.Echo(r.Query.View!)]);
    }

    public static bool IsReversed(CompareQuery query) =>
        CompareInput.TryParseYearInRange(query.From, out var from)
        && CompareInput.TryParseYearInRange(query.To, out var to)
        && from > to;

    private static List<string> UnknownCountries(CompareRequest request) =>
        CompareInput.CountryCodes(request.Query.Countries)
            .Where(code => request.Catalogue.FindCountry(code) is null)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
}

/// <summary>A query together with the catalogue it is checked against.</summary>
public sealed record CompareRequest(CompareQuery Query, CompareCatalogue Catalogue);
