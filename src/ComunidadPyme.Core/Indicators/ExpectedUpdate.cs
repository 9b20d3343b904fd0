namespace ComunidadPyme.Core.Indicators;

/// <summary>
/// When a series' next figure is due: the period after its latest one, expected by the end of one more period
/// (a year's figure during the following year, a quarter's during the following quarter, a month's during the
/// following month), which is how national statistics offices commonly publish. Irregular series have no due date.
/// </summary>
public sealed record ExpectedUpdate(ReportingPeriod Period, DateOnly DueBy)
{
    public bool IsOverdueOn(DateOnly today) => today > DueBy;

    /// <param name="periodicity">The indicator's periodicity, which decides the next period.</param>
    /// <param name="latest">The latest period the series has a figure for.</param>
    public static ExpectedUpdate? After(Periodicity periodicity, ReportingPeriod latest)
    {
        var next = periodicity switch
        {
            Periodicity.Annual => ReportingPeriod.OfYear(latest.Year + 1),
            Periodicity.Quarterly => latest.Periodicity == Periodicity.Quarterly
                ? (latest.Part == 4 ? new ReportingPeriod(latest.Year + 1, periodicity, 1) : latest with { Part = latest.Part + 1 })
                : new ReportingPeriod(latest.Year + 1, periodicity, 1),
            Periodicity.Monthly => latest.Periodicity == Periodicity.Monthly
                ? (latest.Part == 12 ? new ReportingPeriod(latest.Year + 1, periodicity, 1) : latest with { Part = latest.Part + 1 })
                : new ReportingPeriod(latest.Year + 1, periodicity, 1),
            _ => (ReportingPeriod?)null,
        };
        if (next is not { } period || period.Year > ReportingPeriod.MaxYear)
        {
            return null;
        }

        var months = periodicity switch
        {
            Periodicity.Annual => 12,
            Periodicity.Quarterly => 3,
            _ => 1,
        };
        var lastMonth = new DateOnly(period.Year, LastMonthOf(period), 1).AddMonths(months);
        return new ExpectedUpdate(period, lastMonth.AddMonths(1).AddDays(-1));
    }

    private static int LastMonthOf(ReportingPeriod period) => period.Periodicity switch
    {
        Periodicity.Quarterly => period.Part * 3,
        Periodicity.Monthly => period.Part,
        _ => 12,
    };
}
