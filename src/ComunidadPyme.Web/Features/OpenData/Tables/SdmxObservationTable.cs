using ComunidadPyme.Core.Indicators;

namespace ComunidadPyme.Web.Features.OpenData.Tables;

/// <summary>
/// Observations as SDMX-CSV 1.0: the dataflow in the first column, then the dimensions, the observation
/// value and its attributes, named with the SDMX cross-domain concepts.
/// </summary>
public static class SdmxObservationTable
{
    public const string FileName = "observations.sdmx.csv";
    public const string Dataflow = "OAS:MSME_INDICATORS(1.0)";

    public const string SampleColumn = "SAMPLE_DATA";

    public static readonly IReadOnlyList<OpenDataColumn> Columns =
    [
        new("DATAFLOW", $"The dataflow, always {Dataflow}."),
        new("REF_AREA", "Dimension: ISO 3166-1 alpha-2 code of the member state."),
        new("INDICATOR", "Dimension: code of the indicator (see indicators.csv)."),
        new("TIME_PERIOD", "Dimension: reference period in SDMX notation (2023, 2023-Q2, 2023-05)."),
        new("OBS_VALUE", "The value, with a point as decimal separator."),
        new("OBS_STATUS", "Attribute: A normal (final) value, P provisional, E estimated."),
        new("UNIT_MEASURE", "Attribute: unit of the value, in English."),
        new("COMMENT_OBS", "Attribute: the source note given by the country."),
        new(SampleColumn, "Attribute: true for illustrative sample data, which is not an official statistic."),
    ];

    public static string StatusCode(ObservationStatus status) => status switch
    {
        ObservationStatus.Provisional => "P",
        ObservationStatus.Estimated => "E",
        _ => "A",
    };

    public static OpenDataTable Build(string fileName, IReadOnlyList<DownloadObservation> rows) => new(
        fileName,
        "Indicator values in SDMX-CSV 1.0, for statistical software that reads SDMX.",
        Columns,
        rows.Select(r => (IReadOnlyList<object?>)
        [
            Dataflow, r.CountryIso2, r.IndicatorCode, r.Period, r.Value, StatusCode(r.Status), r.UnitEn, r.SourceNote,
            OpenDataTable.Flag(r.IsSample),
        ]).ToList(),
        OpenDataTable.Latest(rows.Select(r => r.UpdatedUtc)),
        ForSpreadsheets: false);
}
