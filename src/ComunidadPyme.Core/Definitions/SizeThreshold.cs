namespace ComunidadPyme.Core.Definitions;

/// <summary>
/// The inclusive upper bounds ("up to") of one size class, for all sectors (<see cref="Sector"/> null) or
/// for one sector. A null bound means the definition does not use that criterion for this class.
/// </summary>
public class SizeThreshold
{
    public int Id { get; set; }
    public int DefinitionId { get; set; }
    public SizeClass SizeClass { get; set; }
    public EconomicSector? Sector { get; set; }
    public int? MaxEmployees { get; set; }

    /// <summary>Annual turnover, in the definition's <see cref="MsmeDefinition.MonetaryUnit"/>.</summary>
    public decimal? MaxTurnover { get; set; }

    /// <summary>Total assets, in the definition's <see cref="MsmeDefinition.MonetaryUnit"/>.</summary>
    public decimal? MaxAssets { get; set; }

    /// <summary>Cap on the weighted score, for <see cref="ClassificationMethod.WeightedScore"/>.</summary>
    public decimal? MaxScore { get; set; }
}
