using ComunidadPyme.Core.Indicators;

namespace ComunidadPyme.Infrastructure.Data.Seeding.Content;

/// <summary>Plausible ranges and trends for each catalogue indicator, for generating sample series.</summary>
internal static class SampleIndicatorProfiles
{
    private static readonly Dictionary<string, SampleIndicatorProfile> s_byCode = new(StringComparer.Ordinal)
    {
        ["MSME_DENSITY"] = new(20, 90, 0.005, 0.025, 0.01, Shock2020: -0.04),
        ["MSME_COUNT"] = new(20, 90, 0, 0, 0, Scale: SampleSeriesScale.PerThousandPeople, SharesSeriesWith: "MSME_DENSITY"),
        ["MSME_MICRO_SHARE"] = new(82, 94, -0.001, 0.001, 0.002),
        ["NEW_FIRM_REGISTRATIONS"] = new(1.5, 7, 0, 0.04, 0.04, Shock2020: -0.15, Scale: SampleSeriesScale.PerThousandPeople),
        ["MSME_EMPLOYMENT"] = new(120, 260, 0, 0.015, 0.01, Shock2020: -0.05, Scale: SampleSeriesScale.PerThousandPeople),
        ["MSME_EMPLOYMENT_SHARE"] = new(50, 75, -0.003, 0.004, 0.005, Shock2020: -0.01),
        ["MSME_GDP_SHARE"] = new(25, 50, -0.005, 0.008, 0.01),
        ["MSME_EXPORT_SHARE"] = new(3, 15, 0, 0.03, 0.03, Shock2020: -0.08),
        ["MSME_EXPORTERS"] = new(40, 600, 0, 0.03, 0.03, Shock2020: -0.08, Orientation: 1, Scale: SampleSeriesScale.PerMillionPeople),
        ["SME_LOAN_SHARE"] = new(15, 40, -0.01, 0.015, 0.02, Shock2020: 0.05),
        ["SME_INTEREST_SPREAD"] = new(1.5, 12, -0.03, 0.01, 0.04, Orientation: -1),
        ["SME_COLLATERAL"] = new(40, 85, -0.01, 0.003, 0.01, Orientation: -1),
        ["SME_GUARANTEES_GDP"] = new(0.05, 0.6, 0, 0.06, 0.05, Shock2020: 0.6),
        ["SME_NPL_RATIO"] = new(2, 8, -0.02, 0.02, 0.05, Shock2020: 0.15),
        ["WOMEN_OWNED_SHARE"] = new(20, 45, 0, 0.015, 0.01),
        ["WOMEN_ENTREPRENEURS_FINANCE"] = new(10, 45, 0, 0.03, 0.03, Orientation: 1),
        ["MSME_INNOVATION_SHARE"] = new(10, 45, 0, 0.03, 0.03, Orientation: 1),
        ["MSME_ONLINE_SALES_SHARE"] = new(5, 25, 0.04, 0.10, 0.03, Shock2020: 0.25, Orientation: 1),
        ["MSME_PROCUREMENT_SHARE"] = new(15, 45, 0, 0.02, 0.03),
        ["MSME_INFORMAL_SHARE"] = new(5, 80, -0.015, 0, 0.01, Shock2020: 0.03, Orientation: -1),
        ["DAYS_TO_REGISTER"] = new(2, 60, -0.08, -0.02, 0.03, Orientation: -1),
    };

    public static SampleIndicatorProfile? For(string code) => s_byCode.GetValueOrDefault(code);

    /// <summary>
    /// Indicators an administrator adds later get a flat series in the lower half of their range; without a
    /// range there is nothing plausible to generate.
    /// </summary>
    public static SampleIndicatorProfile? For(Indicator indicator)
    {
        if (For(indicator.Code) is { } known)
        {
            return known;
        }

        if (indicator is not { MinValue: { } min, MaxValue: { } max } || max <= min)
        {
            return null;
        }

        return new SampleIndicatorProfile(min + (max - min) * 0.2, min + (max - min) * 0.5, -0.01, 0.01, 0.02);
    }
}
