using ComunidadPyme.Core.Common;

namespace ComunidadPyme.Core.Definitions;

/// <summary>
/// An official definition of micro, small and medium enterprises. A country may have several (by law,
/// agency or sector), each valid for a period; thresholds may use employees, turnover and assets, in a
/// currency or an indexed local unit, vary by sector, or combine criteria in a weighted score.
/// </summary>
public class MsmeDefinition : CountryContent
{
    public TranslatableText Title { get; set; } = new();
    public DefinitionScope Scope { get; set; } = DefinitionScope.Law;
    public string? IssuingBody { get; set; }

    /// <summary>The legal citation, e.g. "Ley 20.416 (Estatuto PYME), art. 2".</summary>
    public string LegalSource { get; set; } = string.Empty;
    public string? SourceUrl { get; set; }

    /// <summary>When the thresholds were last checked against the legal source (reference data).</summary>
    public DateOnly? CheckedOn { get; set; }
    public int? LegalInstrumentId { get; set; }

    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }

    public ClassificationMethod Method { get; set; } = ClassificationMethod.AllCriteria;

    /// <summary>Unit of turnover and asset thresholds: an ISO 4217 code or a local unit such as UF, UIT, UVT.</summary>
    public string? MonetaryUnit { get; set; }
    public UnitKind MonetaryUnitKind { get; set; } = UnitKind.Currency;

    /// <summary>Sector whose thresholds apply to an enterprise outside every listed sector; null: none do.</summary>
    public EconomicSector? FallbackSector { get; set; }

    /// <summary>Weight of the number of employees in the score (Mexico: 0.1).</summary>
    public decimal? EmployeeWeight { get; set; }

    /// <summary>Weight of turnover in the score (Mexico: 0.9).</summary>
    public decimal? TurnoverWeight { get; set; }

    /// <summary>Turnover is divided by this before weighting (Mexico scores sales in millions: 1,000,000).</summary>
    public decimal? TurnoverScoreScale { get; set; }

    public TranslatableText? Notes { get; set; }

    public List<SizeThreshold> Thresholds { get; set; } = [];

    public bool IsSectorSpecific => Thresholds.Any(t => t.Sector is not null);

    public bool IsValidOn(DateOnly date) =>
        (ValidFrom is null || ValidFrom <= date) && (ValidTo is null || date <= ValidTo);
}
