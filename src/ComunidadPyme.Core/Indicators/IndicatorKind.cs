namespace ComunidadPyme.Core.Indicators;

/// <summary>A statistic counts or sums (number of MSMEs); an indicator relates quantities (a share, a rate).</summary>
public enum IndicatorKind
{
    Statistic = 1,
    Indicator = 2,
}
