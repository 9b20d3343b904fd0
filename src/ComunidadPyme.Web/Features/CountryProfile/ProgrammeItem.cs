using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Programmes;

namespace ComunidadPyme.Web.Features.CountryProfile;

/// <summary>A support programme as the profile lists it.</summary>
public sealed record ProgrammeItem(
    TranslatableText Name,
    TranslatableText? Description,
    ProgrammeType Type,
    TargetGroups TargetGroups,
    TranslatableText? InstitutionName,
    string? Url,
    DateOnly? StartsOn,
    DateOnly? EndsOn,
    bool IsSample,
    DateTime UpdatedAtUtc)
{
    public bool IsActiveOn(DateOnly date) =>
        (StartsOn is null || StartsOn <= date) && (EndsOn is null || date <= EndsOn);
}
