using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Indicators;

namespace ComunidadPyme.Infrastructure.Data.Seeding.Content;

/// <summary>
/// The indicator catalogue, modelled on the IFC MSME Economic Indicators and the OECD Financing SMEs and
/// Entrepreneurs Scoreboard so that figures stay comparable with those international collections.
/// </summary>
public static partial class ReferenceIndicators
{
    internal const string StatisticsOffice = "National statistics office; modelled on the IFC MSME Economic Indicators";
    internal const string OecdScoreboard =
        "Central bank or financial supervisor; OECD Financing SMEs and Entrepreneurs Scoreboard methodology";

    public static IReadOnlyList<Indicator> All()
    {
        List<Indicator> indicators =
        [
            .. Demography(), .. Employment(), .. Trade(), .. Finance(),
            .. WomenAndInnovation(), .. ProcurementAndFormalisation(),
        ];

        // Gaps of ten leave room for administrators to insert indicators without renumbering.
        for (var i = 0; i < indicators.Count; i++)
        {
            indicators[i].SortOrder = (i + 1) * 10;
        }

        return indicators;
    }

    private static Indicator Create(
        string code,
        IndicatorKind kind,
        IndicatorTheme theme,
        int decimals,
        double minValue,
        double maxValue,
        string source,
        LocalizedText name,
        LocalizedText unit,
        LocalizedText description,
        LocalizedText methodology) => new()
        {
            Code = code,
            Kind = kind,
            Theme = theme,
            Decimals = decimals,
            MinValue = minValue,
            MaxValue = maxValue,
            Source = source,
            Name = name,
            Unit = unit,
            Description = description,
            Methodology = methodology,
            Periodicity = Periodicity.Annual,
        };

    private static LocalizedText T(string en, string es, string pt, string fr) => LocalizedText.Of(en, es, pt, fr);

    private static LocalizedText PercentOfMsmes() => T("% of MSMEs", "% de las MIPYME", "% das MPME", "% des MPME");

    private static LocalizedText Enterprises() => T("enterprises", "empresas", "empresas", "entreprises");
}
