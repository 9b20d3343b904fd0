using ComunidadPyme.Core.Indicators;
using ComunidadPyme.Web.Features.Api.Common;
using FluentValidation;

namespace ComunidadPyme.Web.Features.Api.Observations;

public sealed class ObservationQueryValidator : AbstractValidator<ObservationQuery>
{
    public ObservationQueryValidator(ApiReferenceCodes codes)
    {
        Include(new PagedApiQueryValidator());
        RuleFor(q => q.Indicator).Cascade(CascadeMode.Stop)
            .IsCodeList("indicator").AreKnownIndicators(codes, "indicator");
        RuleFor(q => q.Countries).Cascade(CascadeMode.Stop)
            .IsCodeList("countries").AreKnownCountries(codes, "countries");
        RuleFor(q => q.From).IsWholeNumber("from", ReportingPeriod.MinYear, ReportingPeriod.MaxYear);
        RuleFor(q => q.To).Cascade(CascadeMode.Stop)
            .IsWholeNumber("to", ReportingPeriod.MinYear, ReportingPeriod.MaxYear)
            .Must((q, to) => !(ApiNumbers.WholeNumberOrNull(q.From) is { } from && ApiNumbers.WholeNumberOrNull(to) is { } last && last < from))
            .WithMessage(q => $"to ({q.To}) is before from ({q.From}); give a range whose last year is not before its first.");
    }
}
