using ComunidadPyme.Core.Definitions;

namespace ComunidadPyme.Web.Features.CountryProfile;

/// <summary>
/// The calculator's form, shaped by the country's definitions: a sector field only when a definition varies
/// by sector, offering only the sectors the definitions set limits for (every sector when one names a sector
/// whose limits the others use); an assets field only when one uses assets; the turnover labelled with the
/// definitions' unit.
/// </summary>
public sealed record MsmeCheckForm(
    string CountrySlug,
    IReadOnlyList<EconomicSector> Sectors,
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
            SectorsOf(relevant),
            definitions.Any(d => d.Thresholds.Any(t => t.MaxAssets is not null)),
            relevant.Select(MonetaryUnit.Of).OfType<MonetaryUnit>().Distinct().ToList(),
            input);
    }

    public bool AsksSector => Sectors.Count > 0;

    /// <summary>True when some sectors are left out because no definition sets limits for them.</summary>
    public bool OffersSomeSectors => AsksSector && Sectors.Count < Enum.GetValues<EconomicSector>().Length;

    private static IReadOnlyList<EconomicSector> SectorsOf(IReadOnlyList<MsmeDefinition> definitions)
    {
        var bySector = definitions.Where(d => d.IsSectorSpecific).ToList();
        if (bySector.Count == 0)
        {
            return [];
        }

        return bySector.Any(d => d.FallbackSector is not null)
            ? Enum.GetValues<EconomicSector>()
            : [.. bySector.SelectMany(d => d.Thresholds).Select(t => t.Sector).OfType<EconomicSector>().Distinct().Order()];
    }
}
