using ComunidadPyme.Core.Indicators;

namespace ComunidadPyme.Web.Features.CountryProfile;

/// <summary>
/// A country's series of one indicator, oldest period first, with names in the visitor's language, and when its
/// next figure is due (null for an irregular series).
/// </summary>
public sealed record IndicatorSeries(
    string Code,
    string Name,
    string Unit,
    IndicatorTheme Theme,
    IndicatorKind Kind,
    int Decimals,
    IReadOnlyList<SeriesPoint> Points,
    ExpectedUpdate? Next = null,
    DateOnly Today = default)
{
    public bool IsOverdue => Next?.IsOverdueOn(Today) == true;

    public bool IsSample => Points.Any(p => p.IsSample);

    /// <summary>The source note every point shares, shown once under the table instead of on each row.</summary>
    public string? CommonSourceNote =>
        Points.Select(p => p.SourceNote).Distinct(StringComparer.Ordinal).Count() == 1 ? Points[0].SourceNote : null;

    /// <summary>The number format of the indicator's values, e.g. "N1" for one decimal.</summary>
    public string Format => "N" + Math.Clamp(Decimals, 0, 15);

    /// <summary>An id safe for HTML and JSON script elements, derived from the indicator code.</summary>
    public string ElementId => AnchorFor(Code);

    /// <summary>The id of an indicator's series on the profile, the fragment links to it use ("series-msme-count").</summary>
    public static string AnchorFor(string indicatorCode) => "series-" + indicatorCode.ToLowerInvariant().Replace('_', '-');
}

/// <summary>One period of an indicator's series, as its table row shows it.</summary>
public sealed record SeriesPoint(string Period, int Year, double Value, ObservationStatus Status, string SourceNote, bool IsSample);
