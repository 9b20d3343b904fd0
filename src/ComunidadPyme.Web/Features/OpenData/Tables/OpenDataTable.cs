using ComunidadPyme.Web.Infrastructure.Exports;

namespace ComunidadPyme.Web.Features.OpenData.Tables;

/// <summary>A file of the open data set: its name, what it holds, its columns and rows, and its latest change.</summary>
public sealed record OpenDataTable(
    string FileName,
    string Description,
    IReadOnlyList<OpenDataColumn> Columns,
    IReadOnlyList<IReadOnlyList<object?>> Rows,
    DateTime? UpdatedUtc,
    bool ForSpreadsheets = true)
{
    public TabularData ToTabularData() =>
        new(Path.GetFileNameWithoutExtension(FileName), Columns.Select(c => c.Name).ToList(), Rows);

    /// <summary>The file's bytes; only files meant for spreadsheets start with a byte-order mark.</summary>
    public byte[] ToCsv() => TabularExporter.ToCsv(ToTabularData(), byteOrderMark: ForSpreadsheets);

    public bool HasSampleRows()
    {
        var column = Columns.ToList().FindIndex(c => c.Name is ObservationTable.SampleColumn or SdmxObservationTable.SampleColumn);
        return column >= 0 && Rows.Any(row => Equals(row[column], Flag(true)));
    }

    /// <summary>Booleans as the README describes them, lower case, whatever the culture.</summary>
    public static string Flag(bool value) => value ? "true" : "false";

    /// <summary>A set of names in one cell, separated by semicolons (commas separate the cells).</summary>
    public static string List<T>(IEnumerable<T> values) => string.Join(';', values);

    public static DateTime? Latest(IEnumerable<DateTime> stamps)
    {
        DateTime? latest = null;
        foreach (var stamp in stamps)
        {
            if (latest is null || stamp > latest)
            {
                latest = stamp;
            }
        }

        return latest is null ? null : DateTime.SpecifyKind(latest.Value, DateTimeKind.Utc);
    }
}

/// <summary>A column of a download, with the description the README gives it.</summary>
public sealed record OpenDataColumn(string Name, string Description);
