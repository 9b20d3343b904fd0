using ComunidadPyme.Core.Indicators;

namespace ComunidadPyme.Web.Features.Workspace.Observations;

/// <summary>What the catalogue says about an indicator, in the reader's language: the rules every value must meet.</summary>
public sealed record IndicatorRules(
    int Id,
    string Code,
    string Name,
    string Unit,
    IndicatorTheme Theme,
    int Decimals,
    Periodicity Periodicity,
    double? MinValue,
    double? MaxValue,
    bool IsActive)
{
    public bool Allows(double value) =>
        double.IsFinite(value) && (MinValue is null || value >= MinValue) && (MaxValue is null || value <= MaxValue);

    /// <summary>True when a period of this kind may carry the indicator (irregular indicators take any).</summary>
    public bool Accepts(Periodicity period) => Periodicity == Periodicity.Irregular || Periodicity == period;
}
