using ComunidadPyme.Core.Common;

namespace ComunidadPyme.Core.Indicators;

/// <summary>A country's value of an indicator for one period; one per country, indicator and period.</summary>
public class Observation : CountryContent
{
    public int IndicatorId { get; set; }

    /// <summary>The period as written by <see cref="ReportingPeriod"/>: "2023", "2023-Q2" or "2023-05".</summary>
    public string Period { get; set; } = string.Empty;

    /// <summary>The calendar year of <see cref="Period"/>, kept for range queries.</summary>
    public int Year { get; set; }

    public double Value { get; set; }
    public ObservationStatus Status { get; set; } = ObservationStatus.Final;
    public string SourceNote { get; set; } = string.Empty;

    public Indicator? Indicator { get; set; }

    public void SetPeriod(ReportingPeriod period)
    {
        Period = period.ToString();
        Year = period.Year;
    }
}
