using ComunidadPyme.Core.Programmes;
using ComunidadPyme.Web.Infrastructure.Filters;
using ComunidadPyme.Web.Localization;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Programmes;

/// <summary>Says which filters of the programmes directory cannot be used; the list is shown without them.</summary>
public sealed class ProgrammeSearchInputValidator : AbstractValidator<ProgrammeSearchInput>
{
    public const int LastPage = 10_000;

    public ProgrammeSearchInputValidator(IStringLocalizer<ProgrammesResource> l, CountryChoiceService countries)
    {
        RuleFor(i => i.Country)
            .MustAsync(async (iso2, ct) => FilterValue.IsEmpty(iso2)
                || await countries.FindAsync(iso2, SupportedCultures.Current, ct) is not null)
            .WithMessage((_, iso2) => l["No member state has the code “{0}”: the country filter was ignored.", FilterValue.Echo(iso2)]);
        RuleFor(i => i.Type)
            .Must(t => FilterValue.IsEmpty(t) || FilterValue.TryEnum<ProgrammeType>(t, out _))
            .WithMessage((_, t) => l["“{0}” is not a type of programme: the type filter was ignored.", FilterValue.Echo(t)]);
        RuleFor(i => i.Target)
            .Must(t => FilterValue.IsEmpty(t) || FilterValue.TryEnum<TargetGroups>(t, out _))
            .WithMessage((_, t) => l["“{0}” is not a target group: the target group filter was ignored.", FilterValue.Echo(t)]);
        RuleFor(i => i.Active)
            .Must(a => FilterValue.IsEmpty(a) || bool.TryParse(a, out _))
            .WithMessage((_, a) => l["“{0}” is not a choice of the “active today” filter: it was ignored.", FilterValue.Echo(a)]);
        RuleFor(i => i.Page)
            .Must(p => FilterValue.IsEmpty(p) || FilterValue.TryInt(p, 1, LastPage, out _))
            .WithMessage((_, p) => l["“{0}” is not a page number: the first page is shown.", FilterValue.Echo(p)]);
    }
}
