using ComunidadPyme.Core.Common;

namespace ComunidadPyme.Core.Indicators;

/// <summary>An entry of the indicator catalogue, maintained by OAS administrators.</summary>
public class Indicator : IAudited, IVersioned
{
    public int Id { get; set; }

    /// <summary>Stable code used in addresses, files and the API, e.g. "MSME_COUNT".</summary>
    public string Code { get; set; } = string.Empty;

    public LocalizedText Name { get; set; } = new();
    public LocalizedText Description { get; set; } = new();
    public IndicatorKind Kind { get; set; }
    public IndicatorTheme Theme { get; set; }

    /// <summary>The unit as people read it, e.g. "% of business loans".</summary>
    public LocalizedText Unit { get; set; } = new();
    public int Decimals { get; set; }
    public string Source { get; set; } = string.Empty;
    public LocalizedText Methodology { get; set; } = new();
    public Periodicity Periodicity { get; set; } = Periodicity.Annual;
    public double? MinValue { get; set; }
    public double? MaxValue { get; set; }
    public int SortOrder { get; set; }
    public bool IsActive { get; set; } = true;

    public Guid Version { get; set; } = Guid.NewGuid();

    public bool Allows(double value) =>
        double.IsFinite(value) && (MinValue is null || value >= MinValue) && (MaxValue is null || value <= MaxValue);
}
