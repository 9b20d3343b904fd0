using ComunidadPyme.Core.Definitions;

namespace ComunidadPyme.Web.Features.OpenData.Tables;

/// <summary>Official MSME definitions, one row per size threshold (a definition without thresholds has one row).</summary>
public static class DefinitionTable
{
    public sealed record DefinitionTableRow(MsmeDefinition Definition, string CountryIso2);

    public static readonly IReadOnlyList<OpenDataColumn> Columns =
    [
        new("definition_id", "Identifier of the definition; its thresholds share it."),
        new("country_iso2", "ISO 3166-1 alpha-2 code of the member state."),
        new("title_original", "Title of the definition in its original language."),
        new("title_language", "ISO 639-1 code of the original language."),
        new("scope", "Law, Agency or Sector: what makes the definition official."),
        new("issuing_body", "Body that issued it."),
        new("legal_source", "Legal citation, e.g. Ley 20.416, art. 2."),
        new("valid_from", "First day it applies (yyyy-mm-dd), when known."),
        new("valid_to", "Last day it applies (yyyy-mm-dd), when superseded."),
        new("method", "AllCriteria (every stated bound must be met) or WeightedScore (employees and turnover combined)."),
        new("monetary_unit", "Unit of turnover and asset bounds: an ISO 4217 code or an indexed unit such as UF, UIT or UVT."),
        new("employee_weight", "Weight of employees in the score (WeightedScore only)."),
        new("turnover_weight", "Weight of turnover in the score (WeightedScore only)."),
        new("turnover_score_scale", "Turnover is divided by this before weighting (WeightedScore only)."),
        new("size_class", "Micro, Small, Medium or Large."),
        new("sector", "Economic sector the bounds apply to; empty for all sectors."),
        new("max_employees", "Most employees for the class (inclusive); empty when not a criterion."),
        new("max_turnover", "Highest annual turnover for the class, in monetary_unit; empty when not a criterion."),
        new("max_assets", "Highest total assets for the class, in monetary_unit; empty when not a criterion."),
        new("max_score", "Highest weighted score for the class (WeightedScore only)."),
        new("is_sample", "true for an illustrative sample record; false otherwise."),
        new("updated_utc", "When the definition last changed (UTC)."),
    ];

    public static OpenDataTable Build(IReadOnlyList<DefinitionTableRow> rows) => new(
        "definitions.csv",
        "Official definitions of micro, small and medium enterprises, with their thresholds.",
        Columns,
        rows.SelectMany(r => ThresholdsOf(r.Definition).Select(t => Cells(r, t))).ToList(),
        OpenDataTable.Latest(rows.Select(r => r.Definition.UpdatedAtUtc)));

    private static IEnumerable<SizeThreshold?> ThresholdsOf(MsmeDefinition definition) =>
        definition.Thresholds.Count == 0
            ? [null]
            : definition.Thresholds.OrderBy(t => t.Sector).ThenBy(t => t.SizeClass);

    private static IReadOnlyList<object?> Cells(DefinitionTableRow row, SizeThreshold? threshold)
    {
        var d = row.Definition;
        return
        [
            d.Id, row.CountryIso2, d.Title.Original, d.Title.Language, d.Scope.ToString(), d.IssuingBody, d.LegalSource,
            d.ValidFrom, d.ValidTo, d.Method.ToString(), d.MonetaryUnit, d.EmployeeWeight, d.TurnoverWeight,
            d.TurnoverScoreScale, threshold?.SizeClass.ToString(), threshold?.Sector?.ToString(), threshold?.MaxEmployees,
            threshold?.MaxTurnover, threshold?.MaxAssets, threshold?.MaxScore, OpenDataTable.Flag(d.IsSample),
            DateTime.SpecifyKind(d.UpdatedAtUtc, DateTimeKind.Utc),
        ];
    }
}
