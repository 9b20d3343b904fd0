using System.Globalization;
using ComunidadPyme.Core.Indicators;

namespace ComunidadPyme.Web.Features.Workspace.Observations.Grid;

/// <summary>The years shown as columns and the theme shown as rows.</summary>
public sealed record GridRange(int From, int To, IndicatorTheme? Theme)
{
    public const int DefaultYears = 10;
    public const int MaxYears = 30;

    public static GridRange Default(int thisYear) => new(thisYear - DefaultYears + 1, thisYear, null);

    /// <summary>The range asked for; call only once <see cref="ObservationGridQueryValidator"/> accepted it.</summary>
    public static GridRange Of(ObservationGridQuery query, int thisYear)
    {
        var fallback = Default(thisYear);
        var from = string.IsNullOrWhiteSpace(query.From) ? (int?)null : int.Parse(query.From, CultureInfo.InvariantCulture);
        var to = string.IsNullOrWhiteSpace(query.To) ? (int?)null : int.Parse(query.To, CultureInfo.InvariantCulture);
        var last = to ?? (from is { } f ? Math.Min(thisYear, f + DefaultYears - 1) : fallback.To);
        var first = from ?? Math.Max(ReportingPeriod.MinYear, last - DefaultYears + 1);
        var theme = Enum.TryParse<IndicatorTheme>(query.Theme, ignoreCase: true, out var t) ? t : (IndicatorTheme?)null;
        return new GridRange(first, last, theme);
    }

    public IEnumerable<int> Years => Enumerable.Range(From, To - From + 1);
}
