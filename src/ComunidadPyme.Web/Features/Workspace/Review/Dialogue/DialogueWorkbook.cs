using System.Globalization;
using ComunidadPyme.Core.Principles;
using ComunidadPyme.Web.Features.OpenData;
using ComunidadPyme.Web.Features.Progress;
using ComunidadPyme.Web.Infrastructure.Exports;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Workspace.Review.Dialogue;

/// <summary>
/// The report as a workbook, in the reader's language: a summary sheet (a row per country, both levels for every
/// principle) and one sheet per principle with every country's two levels, their changes, the reviewer's reasons,
/// the narrative (with the language it is in and whether it is untranslated) and the evidence. A cycle without
/// accepted reports gives every sheet its headers and a note, never an error.
/// </summary>
public sealed class DialogueWorkbook(IStringLocalizer<DialogueReportResource> l, IStringLocalizer<ProgressResource> levels)
{
    public IReadOnlyList<TabularData> Sheets(DialogueReport report, string language)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        List<TabularData> sheets = [Summary(report, Unique(l["Summary"], names))];
        sheets.AddRange(report.Columns.Select(column => Principle(report, column, language, Unique($"{column.Code} {column.ShortTitle}", names))));
        return sheets;
    }

    public static string FileName(DialogueReport report, string language) =>
        $"dialogue-report-{report.Cycle.OpensOn.Year.ToString(CultureInfo.InvariantCulture)}-{language}";

    private TabularData Summary(DialogueReport report, string name)
    {
        List<string> headers =
        [
            l["ISO code"], l["Country"], l["Sub-region"], l["Accepted reports"], l["Reports under review"],
            .. report.Columns.SelectMany(c => new[] { l["{0} (country)", c.Code].Value, l["{0} (OAS)", c.Code].Value }),
        ];
        var rows = report.Countries
            .Select(country => (IReadOnlyList<object?>)
            [
                country.Iso3, country.Name, levels[$"SubRegion.{country.SubRegion}"].Value, country.Entries.Count, country.ReportsUnderReview,
                .. report.Columns.SelectMany(c => country.EntryFor(c) is { } e
                    ? new object?[] { (int)e.Levels.Level, e.Levels.AssessedLevel is { } a ? (int)a : null }
                    : [null, null]),
            ])
            .ToList();
        rows.AddRange(report.WithoutAcceptedReports.Select(country => (IReadOnlyList<object?>)
            [country.Iso3, country.Name, levels[$"SubRegion.{country.SubRegion}"].Value, 0, country.ReportsUnderReview]));
        rows.Add([]);
        rows.Add([Note(report)]);
        rows.Add([l["Levels: 1 not started … 5 achieved (the country's own view); 1 no framework … 5 implemented, monitored and evaluated (the OAS review)."].Value]);
        rows.Add([$"{l["Licence"]}: {OpenDataLicence.Identifier} · {ProgressMatrixExport.Source}"]);
        return new TabularData(name, headers, rows);
    }

    private TabularData Principle(DialogueReport report, PrincipleColumn column, string language, string name)
    {
        List<string> headers =
        [
            l["ISO code"], l["Country"], l["Sub-region"],
            l["Country's level"], l["Country's level (name)"], l["Change since the previous cycle (country)"],
            l["OAS level"], l["OAS level (name)"], l["Change since the previous cycle (OAS)"], l["Gap of two levels or more"],
            l["Reasons of the OAS review"], l["Narrative"], l["Language of the narrative"], l["Not translated"], l["Evidence"],
        ];
        var rows = report.On(column)
            .Select(x =>
            {
                var cell = x.Entry.Levels;
                var narrative = x.Entry.Narrative?.WithUsableOriginal()?.Resolve(language);
                return (IReadOnlyList<object?>)
                [
                    x.Country.Iso3, x.Country.Name, levels[$"SubRegion.{x.Country.SubRegion}"].Value,
                    (int)cell.Level, levels[$"ProgressLevel.{cell.Level}"].Value, Change(cell.Change),
                    cell.AssessedLevel is { } a ? (int)a : null,
                    cell.AssessedLevel is { } named ? levels[$"AssessmentLevel.{named}"].Value : null,
                    cell.AssessedLevel is null ? null : Change(cell.AssessedChange),
                    cell.HasFlaggedGap ? l["yes"].Value : l["no"].Value,
                    x.Entry.Rationale, narrative?.Text, narrative?.Language,
                    narrative is null ? null : narrative.IsFallback ? l["yes"].Value : l["no"].Value,
                    string.Join("\n", x.Entry.Evidence.Select(e => $"{e.PortalTitle ?? e.Title} — {e.Url}")),
                ];
            })
            .ToList();
        if (rows.Count == 0)
        {
            rows.Add([Note(report)]);
        }

        return new TabularData(name, headers, rows);
    }

    private string Note(DialogueReport report) => report.IsEmpty
        ? l["No report has been accepted in the cycle “{0}”: this workbook holds the headers only.", report.Cycle.Name]
        : report.PreviousCycle is { } previous
            ? l["Accepted reports of the cycle “{0}”; changes are measured against the cycle “{1}”.", report.Cycle.Name, previous.Name]
            : l["Accepted reports of the cycle “{0}”, the first cycle: every level is new.", report.Cycle.Name];

    private string? Change(LevelChange change) =>
        change == LevelChange.None ? null : levels[$"LevelChange.{change}"].Value;

    /// <summary>A sheet name Excel accepts (31 characters, none of : \ / ? * [ ]) and not yet taken.</summary>
    private static string Unique(string name, HashSet<string> taken)
    {
        var cleaned = new string(name.Where(c => !":\\/?*[]".Contains(c)).ToArray()).Trim();
        cleaned = cleaned[..Math.Min(31, cleaned.Length)].TrimEnd();
        var candidate = cleaned;
        for (var i = 2; !taken.Add(candidate); i++)
        {
            var suffix = $" ({i})";
            candidate = cleaned[..Math.Min(31 - suffix.Length, cleaned.Length)] + suffix;
        }

        return candidate;
    }
}
