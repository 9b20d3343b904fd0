namespace ComunidadPyme.Web.Features.Workspace.Observations.Import;

/// <summary>The columns of an import file and of its template, as written in the first row.</summary>
public static class ImportColumnNames
{
    public const string IndicatorCode = "indicator_code";
    public const string Year = "year";
    public const string Period = "period";
    public const string Value = "value";
    public const string Status = "status";
    public const string SourceNote = "source_note";

    /// <summary>Shown in the template to help people fill it in; ignored when the file comes back.</summary>
    public const string IndicatorName = "indicator_name";
    public const string Unit = "unit";

    /// <summary>
    /// In the template, the version of each value as it was when the file was downloaded (empty where there was
    /// none), so an upload can tell which values someone changed since. Optional in a file.
    /// </summary>
    public const string Version = "version";

    public static readonly IReadOnlyList<string> Required = [IndicatorCode, Year, Value, Status, SourceNote];

    public static string RequiredList => string.Join(", ", Required);
}
