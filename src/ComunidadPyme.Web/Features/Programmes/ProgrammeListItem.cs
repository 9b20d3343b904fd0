using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Programmes;

namespace ComunidadPyme.Web.Features.Programmes;

/// <summary>One support programme as listed in the directory.</summary>
public sealed record ProgrammeListItem(
    int Id,
    TranslatableText Name,
    TranslatableText? Description,
    string CountryIso2,
    string CountryName,
    TranslatableText? InstitutionName,
    string? InstitutionAcronym,
    ProgrammeType Type,
    IReadOnlyList<TargetGroups> TargetGroups,
    DateOnly? StartsOn,
    DateOnly? EndsOn,
    string? Url,
    bool IsActive,
    bool IsSample);
