namespace ComunidadPyme.Web.Features.OpenData.Tables;

/// <summary>Observations as plain CSV: one row per country, indicator and period.</summary>
public static class ObservationTable
{
    public const string SampleColumn = "is_sample";

    public static readonly IReadOnlyList<OpenDataColumn> Columns =
    [
        new("country_iso2", "ISO 3166-1 alpha-2 code of the member state."),
        new("country_name_en", "Name of the member state in English."),
        new("indicator_code", "Code of the indicator (see indicators.csv)."),
        new("period", "Reference period: a year (2023), a quarter (2023-Q2) or a month (2023-05)."),
        new("year", "Calendar year of the period."),
        new("value", "The value, with a point as decimal separator."),
        new("unit_en", "Unit of the value, in English."),
        new("status", "Final, Provisional or Estimated."),
        new("source_note", "Where the figure comes from, as given by the country."),
        new(SampleColumn, "true for illustrative sample data, which is not an official statistic; false otherwise."),
    ];

    public static OpenDataTable Build(string fileName, string description, IReadOnlyList<DownloadObservation> rows) => new(
        fileName,
        description,
        Columns,
        rows.Select(r => (IReadOnlyList<object?>)
        [
            r.CountryIso2, r.CountryNameEn, r.IndicatorCode, r.Period, r.Year, r.Value, r.UnitEn, r.Status.ToString(),
            r.SourceNote, OpenDataTable.Flag(r.IsSample),
        ]).ToList(),
        OpenDataTable.Latest(rows.Select(r => r.UpdatedUtc)));
}
