using ComunidadPyme.Core.Definitions;

namespace ComunidadPyme.Web.Features.CountryProfile;

/// <summary>
/// The calculator's form, shaped by the country's definitions: a sector field only when a definition varies
/// by sector, an assets field only when one uses assets, the turnover labelled with the definitions' unit.
/// </summary>
public sealed record MsmeCheckForm(
    string CountrySlug,
    bool AsksSector,
    bool AsksAssets,
    IReadOnlyList<MonetaryUnit> Units,
    MsmeCheckInput Input)
{
    public static MsmeCheckForm For(
        string countrySlug, IReadOnlyList<MsmeDefinition> definitions, DateOnly today, MsmeCheckInput input)
    {
        var inForce = definitions.Where(d => d.IsValidOn(today)).ToList();
        var relevant = inForce.Count > 0 ? inForce : definitions;
        return new MsmeCheckForm(
            countrySlug,
            definitions.Any(d => d.IsSectorSpecific),
            definitions.Any(d => d.Thresholds.Any(t => t.MaxAssets is not null)),
            relevant.Select(MonetaryUnit.Of).OfType<MonetaryUnit>().Distinct().ToList(),
            input);
    }
}
