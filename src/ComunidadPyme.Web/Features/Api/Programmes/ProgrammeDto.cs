using ComunidadPyme.Core.Programmes;
using ComunidadPyme.Web.Features.Api.Common;

namespace ComunidadPyme.Web.Features.Api.Programmes;

/// <summary>A public MSME support programme; <see cref="IsSample"/> marks illustrative sample records.</summary>
public sealed record ProgrammeDto(
    int Id,
    string Country,
    TranslatedTextDto Name,
    TranslatedTextDto? Description,
    ProgrammeType Type,
    IReadOnlyList<TargetGroups> TargetGroups,
    TranslatedTextDto? Institution,
    string? Url,
    DateOnly? StartsOn,
    DateOnly? EndsOn,
    bool IsSample,
    DateTime Updated);
