using System.Globalization;
using ComunidadPyme.Core.Indicators;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Workspace.Observations.Import;

/// <summary>
/// Checks every row of a file against the catalogue and reports each problem with its row and column.
/// Rows without a value are left out: an import adds and changes values, it never deletes them.
/// </summary>
public sealed class ImportRowChecker(IValidator<ObservationDraft> validator, IStringLocalizer<ObservationsResource> l)
{
    public ImportCheck Check(IEnumerable<ImportRawRow> rows, IReadOnlyList<IndicatorRules> catalogue, CultureInfo culture)
    {
        using var reading = rows.GetEnumerator();
        if (!reading.MoveNext())
        {
            return ImportCheck.Failed(new ImportProblem(1, null, l["The file is empty."]));
        }

        var problems = new List<ImportProblem>();
        var columns = ImportColumns.Parse(reading.Current, problems, l);
        if (columns is null)
        {
            return new ImportCheck([], problems, problems.Count, 0);
        }

        var byCode = catalogue.ToDictionary(i => i.Code, StringComparer.OrdinalIgnoreCase);
        var firstRowOf = new Dictionary<(int, ReportingPeriod), int>();
        var valid = new List<ImportRow>();
        var problemCount = 0;
        var skipped = 0;
        var count = 0;
        // Past the problems kept for display only the count matters, so the message is not even written.
        void Report(ImportRawRow row, string? column, Func<string> reason)
        {
            if (++problemCount <= ImportLimits.ProblemsKept)
            {
                problems.Add(new ImportProblem(row.Number, column, reason()));
            }
        }

        while (reading.MoveNext())
        {
            var row = reading.Current;
            if (++count > ImportLimits.MaxRows)
            {
                Report(row, null, () => l["The file has more than {0} rows: split it into smaller files.", ImportLimits.MaxRows.ToString("N0", culture)]);
                break;
            }

            if (string.IsNullOrWhiteSpace(row.Cell(columns.Index(ImportColumnNames.Value))))
            {
                skipped += row.IsBlank ? 0 : 1;
                continue;
            }

            var indicator = Indicator(row, columns, byCode, Report);
            var draft = new ObservationDraft(indicator, row.Cell(columns.Index(ImportColumnNames.Year)),
                row.Cell(columns.Index(ImportColumnNames.Value)), row.Cell(columns.Index(ImportColumnNames.Status)),
                row.Cell(columns.Index(ImportColumnNames.SourceNote)), culture);
            var result = validator.Validate(draft);
            foreach (var failure in result.Errors)
            {
                Report(row, columns.Name(Column(failure.PropertyName)), () => failure.ErrorMessage);
            }

            if (!result.IsValid || indicator is null)
            {
                continue;
            }

            var downloaded = Guid.Empty;
            if (columns.Has(ImportColumnNames.Version)
                && row.Cell(columns.Index(ImportColumnNames.Version))?.Trim() is { Length: > 0 } version
                && !Guid.TryParseExact(version, "N", out downloaded))
            {
                Report(row, columns.Name(ImportColumnNames.Version),
                    () => l["This is not a version the portal wrote. Leave the version column as it was downloaded, or delete the whole column."]);
                continue;
            }

            var period = draft.Period!.Value;
            if (!firstRowOf.TryAdd((indicator.Id, period), row.Number))
            {
                Report(row, columns.Name(ImportColumnNames.Year),
                    () => l["Row {0} already has a value of {1} for {2}.", firstRowOf[(indicator.Id, period)], indicator.Code, period.ToString()]);
                continue;
            }

            valid.Add(new ImportRow(row.Number, indicator, period, draft.Value!.Value, draft.Status!.Value, draft.Source,
                columns.Has(ImportColumnNames.Version) ? downloaded : null));
        }

        return new ImportCheck(valid, problems, problemCount, skipped);
    }

    private IndicatorRules? Indicator(
        ImportRawRow row, ImportColumns columns, Dictionary<string, IndicatorRules> byCode, Action<ImportRawRow, string?, Func<string>> report)
    {
        var column = columns.Name(ImportColumnNames.IndicatorCode);
        var code = row.Cell(columns.Index(ImportColumnNames.IndicatorCode))?.Trim();
        if (string.IsNullOrEmpty(code))
        {
            report(row, column, () => l["Enter the indicator code."]);
            return null;
        }

        if (!byCode.TryGetValue(code, out var indicator))
        {
            report(row, column, () => l["Unknown indicator code “{0}”.", ObservationDraftValidator.Shorten(code)]);
            return null;
        }

        if (!indicator.IsActive)
        {
            report(row, column, () => l["The indicator {0} is no longer collected.", indicator.Code]);
            return null;
        }

        return indicator;
    }

    private static string Column(string property) => property switch
    {
        ObservationDraft.ValueField => ImportColumnNames.Value,
        ObservationDraft.PeriodField => ImportColumnNames.Year,
        ObservationDraft.StatusField => ImportColumnNames.Status,
        _ => ImportColumnNames.SourceNote,
    };
}

/// <summary>The outcome of checking a file: its valid rows, or the problems (the first few hundred, and how many in all).</summary>
public sealed record ImportCheck(
    IReadOnlyList<ImportRow> Rows, IReadOnlyList<ImportProblem> Problems, int ProblemCount, int SkippedRows)
{
    public static ImportCheck Failed(params ImportProblem[] problems) => new([], problems, problems.Length, 0);

    public bool IsValid => ProblemCount == 0;
}

/// <summary>A row that passed every check, ready to be compared with the database.</summary>
/// <param name="DownloadedVersion">
/// From a template: the version the value had when the file was downloaded, <see cref="Guid.Empty"/> where there
/// was no value then. Null for a file without a version column.
/// </param>
public sealed record ImportRow(
    int RowNumber, IndicatorRules Indicator, ReportingPeriod Period, double Value, ObservationStatus Status, string Source,
    Guid? DownloadedVersion = null);

/// <summary>Why a row cannot be imported: "row 57, column value: …". Column is null for the file as a whole.</summary>
public sealed record ImportProblem(int Row, string? Column, string Reason);
