using ComunidadPyme.Core.Indicators;
using ComunidadPyme.Core.Legal;
using ComunidadPyme.Web.Features.Api.Common;
using FluentValidation;

namespace ComunidadPyme.Web.Features.Api.LegalInstruments;

public sealed class LegalInstrumentQueryValidator : AbstractValidator<LegalInstrumentQuery>
{
    public LegalInstrumentQueryValidator(ApiReferenceCodes codes)
    {
        Include(new PagedApiQueryValidator());
        RuleFor(q => q.Q).MaximumLength(LegalInstrumentQuery.MaxTextLength)
            .WithMessage(q => $"q must be at most {LegalInstrumentQuery.MaxTextLength} characters long; it has {q.Q!.Length}.");
        RuleFor(q => q.Country).Cascade(CascadeMode.Stop)
            .Must(value => value is null || !value.Contains(','))
            .WithMessage("country takes a single ISO 3166-1 alpha-2 code, e.g. BR.")
            .IsCodeList("country").AreKnownCountries(codes, "country");
        RuleFor(q => q.Topic).IsEnumName<LegalInstrumentQuery, LegalTopics>("topic");
        RuleFor(q => q.Type).IsEnumName<LegalInstrumentQuery, LegalInstrumentType>("type");
        RuleFor(q => q.Status).IsEnumName<LegalInstrumentQuery, LegalStatus>("status");
        RuleFor(q => q.Year).IsWholeNumber("year", ReportingPeriod.MinYear, ReportingPeriod.MaxYear);
    }
}
