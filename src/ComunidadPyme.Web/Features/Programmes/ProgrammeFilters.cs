using ComunidadPyme.Core.Programmes;
using ComunidadPyme.Web.Infrastructure.Filters;

namespace ComunidadPyme.Web.Features.Programmes;

/// <summary>The usable part of a programmes search: invalid filters are dropped.</summary>
public sealed record ProgrammeFilters(
    CountryChoice? Country,
    ProgrammeType? Type,
    TargetGroups? Target,
    bool? Active,
    int Page)
{
    public static ProgrammeFilters From(ProgrammeSearchInput input, CountryChoice? country) => new(
        country,
        FilterValue.TryEnum<ProgrammeType>(input.Type, out var type) ? type : null,
        FilterValue.TryEnum<TargetGroups>(input.Target, out var target) ? target : null,
        bool.TryParse(input.Active?.Trim(), out var active) ? active : null,
        FilterValue.TryInt(input.Page, 1, ProgrammeSearchInputValidator.LastPage, out var page) ? page : 1);

    /// <summary>The filters as address parameters, for the pager's links.</summary>
    public IReadOnlyDictionary<string, string?> AsQuery() => new Dictionary<string, string?>
    {
        ["country"] = Country?.Iso2,
        ["type"] = Type?.ToString(),
        ["target"] = Target?.ToString(),
        ["active"] = Active is { } a ? (a ? "true" : "false") : null,
    };
}
