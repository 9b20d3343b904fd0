using System.Globalization;
using ComunidadPyme.Core.Indicators;

namespace ComunidadPyme.Web.Features.Workspace.Observations;

/// <summary>
/// An observation as a person typed it (a grid cell or a file row), with what could be read from it.
/// <see cref="ObservationDraftValidator"/> says what is wrong with it, in the person's language.
/// </summary>
public sealed class ObservationDraft
{
    public const string ValueField = "Value";
    public const string PeriodField = "Period";
    public const string StatusField = "Status";
    public const string SourceField = "Source";

    public ObservationDraft(
        IndicatorRules? indicator, string? periodText, string? valueText, string? statusText, string? sourceText, CultureInfo culture)
    {
        Indicator = indicator;
        PeriodText = periodText?.Trim();
        ValueText = valueText?.Trim();
        StatusText = statusText?.Trim();
        SourceText = sourceText?.Trim();
        Culture = culture;
        Value = DecimalText.TryParse(ValueText, culture, out var value) ? value : null;
        Period = ReportingPeriod.TryParse(PeriodText, out var period) ? period : null;
        Status = ObservationStatusText.TryParse(StatusText, out var status) ? status : null;
    }

    /// <summary>Null when the indicator code could not be found; the other fields are still checked.</summary>
    public IndicatorRules? Indicator { get; }

    public string? PeriodText { get; }
    public string? ValueText { get; }
    public string? StatusText { get; }
    public string? SourceText { get; }
    public CultureInfo Culture { get; }

    public double? Value { get; }
    public ReportingPeriod? Period { get; }
    public ObservationStatus? Status { get; }
    public string Source => SourceText ?? string.Empty;
}
