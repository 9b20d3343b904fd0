using ComunidadPyme.Core.Programmes;
using ComunidadPyme.Web.Features.Api.Common;
using FluentValidation;

namespace ComunidadPyme.Web.Features.Api.Programmes;

public sealed class ProgrammeQueryValidator : AbstractValidator<ProgrammeQuery>
{
    public ProgrammeQueryValidator(ApiReferenceCodes codes)
    {
        Include(new PagedApiQueryValidator());
        RuleFor(q => q.Country).Cascade(CascadeMode.Stop)
            .Must(value => value is null || !value.Contains(','))
            .WithMessage("country takes a single ISO 3166-1 alpha-2 code, e.g. MX.")
            .IsCodeList("country").AreKnownCountries(codes, "country");
        RuleFor(q => q.Type).IsEnumName<ProgrammeQuery, ProgrammeType>("type");
        RuleFor(q => q.Target).IsEnumName<ProgrammeQuery, TargetGroups>("target");
    }
}
