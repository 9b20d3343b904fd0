using System.Globalization;
using ComunidadPyme.Web.Features.OpenData;
using ComunidadPyme.Web.Infrastructure.Exports;

namespace ComunidadPyme.Web.Features.Progress;

/// <summary>
/// The progress matrix as a download, one row per cell (country, principle) so that it sorts and filters in a
/// spreadsheet. Levels are given as numbers and names; a cycle without reports gives the headers and a note.
/// The state of each report is a column only in the reviewers' file; the public file holds accepted reports only.
/// </summary>
public static class ProgressMatrixExport
{
    public const string Source = "Comunidad PYME, OAS review of the progress reports on the principles of the III Inter-American Dialogue";

    public static IReadOnlyList<string> Headers(MatrixAudience audience) =>
    [
        "country_iso3", "country_iso2", "country_name", "sub_region", "principle", "principle_kind", "principle_number",
        "principle_title", "cycle", .. audience == MatrixAudience.Reviewers ? (string[])["state"] : [],
        "country_level", "country_level_name", "reviewer_level", "reviewer_level_name", "gap_flagged",
        "previous_cycle", "country_level_change", "reviewer_level_change", "is_sample", "licence", "source",
    ];

    /// <param name="emptyNote">The note written under the headers when the cycle has no reports.</param>
    public static TabularData ToTabularData(ProgressMatrix matrix, string emptyNote)
    {
        var headers = Headers(matrix.Audience);
        var reviewers = matrix.Audience == MatrixAudience.Reviewers;
        var rows = matrix.Cells()
            .Select(x => (IReadOnlyList<object?>)
            [
                x.Row.Iso3, x.Row.Iso2, x.Row.CountryName, x.Row.SubRegion.ToString(), x.Column.Code, x.Column.Kind.ToString(),
                x.Column.Number, x.Column.ShortTitle, matrix.Cycle?.Name, .. reviewers ? [x.Cell.State.ToString()] : (object?[])[],
                (int)x.Cell.Level, x.Cell.Level.ToString(),
                x.Cell.AssessedLevel is { } assessed ? (int)assessed : null, x.Cell.AssessedLevel?.ToString(),
                Flag(x.Cell.HasFlaggedGap), matrix.PreviousCycle?.Name,
                Change(x.Cell.Change), Change(x.Cell.AssessedChange), Flag(x.Cell.IsSample),
                OpenDataLicence.Identifier, Source,
            ])
            .ToList();
        if (rows.Count == 0)
        {
            rows.Add(new object?[] { emptyNote });
        }

        return new TabularData(FileName(matrix), headers, rows);
    }

    public static string FileName(ProgressMatrix matrix)
    {
        var audience = matrix.Audience == MatrixAudience.Reviewers ? "review" : "progress";
        var year = matrix.Cycle?.OpensOn.Year.ToString(CultureInfo.InvariantCulture) ?? "none";
        var region = matrix.Filter.Region is { } r ? $"-{r.ToString().ToLowerInvariant()}" : string.Empty;
        var women = matrix.Filter.WomenOnly ? "-women" : string.Empty;
        return $"{audience}-matrix-{year}{region}{women}";
    }

    private static string Flag(bool value) => value ? "true" : "false";

    private static string? Change(Core.Principles.LevelChange change) =>
        change == Core.Principles.LevelChange.None ? null : change.ToString().ToLowerInvariant();
}
