using ComunidadPyme.Core.Indicators;

namespace ComunidadPyme.Web.Features.OpenData.Tables;

/// <summary>The indicator catalogue: what each code measures and in which unit.</summary>
public static class IndicatorTable
{
    public static readonly IReadOnlyList<OpenDataColumn> Columns =
    [
        new("code", "Code of the indicator, used in observations.csv and the API."),
        new("name_en", "Name in English."),
        new("name_es", "Name in Spanish."),
        new("name_pt", "Name in Portuguese."),
        new("name_fr", "Name in French."),
        new("unit_en", "Unit in English."),
        new("kind", "Statistic (a count or sum) or Indicator (a share, ratio or rate)."),
        new("theme", "Theme of the indicator."),
        new("periodicity", "Annual, Quarterly, Monthly or Irregular."),
        new("decimals", "Number of decimals the values are given with."),
        new("min_value", "Lowest value accepted."),
        new("max_value", "Highest value accepted."),
        new("source", "Usual source and methodology family."),
        new("description_en", "What the indicator measures, in English."),
        new("methodology_en", "How it is calculated, in English."),
        new("is_active", "false for an indicator no longer collected."),
    ];

    public static OpenDataTable Build(IReadOnlyList<Indicator> indicators) => new(
        "indicators.csv",
        "The indicator catalogue.",
        Columns,
        indicators.Select(i => (IReadOnlyList<object?>)
        [
            i.Code, i.Name.En, i.Name.Es, i.Name.Pt, i.Name.Fr, i.Unit.En, i.Kind.ToString(), i.Theme.ToString(),
            i.Periodicity.ToString(), i.Decimals, i.MinValue, i.MaxValue, i.Source, i.Description.En, i.Methodology.En,
            OpenDataTable.Flag(i.IsActive),
        ]).ToList(),
        UpdatedUtc: null);
}
