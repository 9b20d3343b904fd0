using ComunidadPyme.Core.Legal;
using ComunidadPyme.Web.Infrastructure.Filters;
using ComunidadPyme.Web.Localization;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Laws;

/// <summary>Says which filters of the legal library cannot be used; the search runs without them.</summary>
public sealed class LawSearchInputValidator : AbstractValidator<LawSearchInput>
{
    public const int EarliestYear = 1800;
    public const int LatestYear = 2100;
    public const int LastPage = 10_000;

    public LawSearchInputValidator(IStringLocalizer<LawsResource> l, CountryChoiceService countries)
    {
        RuleFor(i => i.Q)
            .Must(q => q is null || q.Length <= LawSearchInput.MaxQueryLength)
            .WithMessage(_ => l["Your search was too long: only its first {0} characters were used.", LawSearchInput.MaxQueryLength]);
        RuleFor(i => i.Country)
            .MustAsync(async (iso2, ct) => FilterValue.IsEmpty(iso2)
                || await countries.FindAsync(iso2, SupportedCultures.Current, ct) is not null)
            .WithMessage((_, iso2) => l["No member state has the code “{0}”: the country filter was ignored.", FilterValue.Echo(iso2)]);
        RuleFor(i => i.Topic)
            .Must(t => FilterValue.IsEmpty(t) || FilterValue.TryEnum<LegalTopics>(t, out _))
            .WithMessage((_, t) => l["“{0}” is not a topic of the library: the topic filter was ignored.", FilterValue.Echo(t)]);
        RuleFor(i => i.Type)
            .Must(t => FilterValue.IsEmpty(t) || FilterValue.TryEnum<LegalInstrumentType>(t, out _))
            .WithMessage((_, t) => l["“{0}” is not a type of instrument: the type filter was ignored.", FilterValue.Echo(t)]);
        RuleFor(i => i.Status)
            .Must(s => FilterValue.IsEmpty(s) || FilterValue.TryEnum<LegalStatus>(s, out _))
            .WithMessage((_, s) => l["“{0}” is not a status of an instrument: the status filter was ignored.", FilterValue.Echo(s)]);
        RuleFor(i => i.Year)
            .Must(y => FilterValue.IsEmpty(y) || FilterValue.TryInt(y, EarliestYear, LatestYear, out _))
            .WithMessage((_, y) => l["“{0}” is not a year between {1} and {2}: the year filter was ignored.", FilterValue.Echo(y), EarliestYear, LatestYear]);
        RuleFor(i => i.Page)
            .Must(p => FilterValue.IsEmpty(p) || FilterValue.TryInt(p, 1, LastPage, out _))
            .WithMessage((_, p) => l["“{0}” is not a page number: the first page is shown.", FilterValue.Echo(p)]);
    }
}
