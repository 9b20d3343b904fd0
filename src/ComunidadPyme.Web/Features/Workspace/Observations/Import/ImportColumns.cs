using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Workspace.Observations.Import;

/// <summary>
/// Where each column is, read from the first row. Names are matched without regard to case, spaces or
/// hyphens; "period" may stand for "year" and "source" for "source_note". Unknown columns are refused,
/// because a misspelt "vaule" would otherwise be silently ignored.
/// </summary>
public sealed class ImportColumns
{
    private readonly Dictionary<string, (int Index, string Name)> _found = new(StringComparer.Ordinal);

    public int Index(string column) => _found[column].Index;

    public bool Has(string column) => _found.ContainsKey(column);

    /// <summary>The name as written in the file, used in messages ("column year" or "column period").</summary>
    public string Name(string column) => _found[column].Name;

    public static ImportColumns? Parse(ImportRawRow header, List<ImportProblem> problems, IStringLocalizer l)
    {
        var columns = new ImportColumns();
        for (var i = 0; i < header.Cells.Count; i++)
        {
            var written = header.Cells[i]?.Trim().TrimStart('\uFEFF') ?? string.Empty;
            var column = Canonical(written);
            if (column is null)
            {
                problems.Add(new ImportProblem(header.Number, Shorten(written),
                    l["Unknown column. The columns are: {0}.", ImportColumnNames.RequiredList]));
            }
            else if (column.Length > 0 && !columns._found.TryAdd(column, (i, written.ToLowerInvariant())))
            {
                problems.Add(new ImportProblem(header.Number, Shorten(written), l["This column appears twice."]));
            }
        }

        foreach (var required in ImportColumnNames.Required.Where(r => !columns._found.ContainsKey(r)))
        {
            problems.Add(new ImportProblem(header.Number, required,
                l["This column is missing. The first row must name the columns: {0}.", ImportColumnNames.RequiredList]));
        }

        return problems.Count == 0 ? columns : null;
    }

    /// <summary>The column a header stands for; "" for one to ignore; null when unknown.</summary>
    private static string? Canonical(string written)
    {
        var name = written.ToLowerInvariant().Replace(' ', '_').Replace('-', '_');
        return name switch
        {
            "" or ImportColumnNames.IndicatorName or ImportColumnNames.Unit => string.Empty,
            ImportColumnNames.Period => ImportColumnNames.Year,
            "source" => ImportColumnNames.SourceNote,
            ImportColumnNames.IndicatorCode or ImportColumnNames.Year or ImportColumnNames.Value
                or ImportColumnNames.Status or ImportColumnNames.SourceNote or ImportColumnNames.Version => name,
            _ => null,
        };
    }

    private static string Shorten(string text) => ObservationDraftValidator.Shorten(text);
}
