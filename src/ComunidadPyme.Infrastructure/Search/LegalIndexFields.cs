namespace ComunidadPyme.Infrastructure.Search;

/// <summary>Field names of the legal library index, one document per instrument.</summary>
internal static class LegalIndexFields
{
    public const string Id = "id";
    public const string CountryId = "country_id";
    public const string Country = "country";
    public const string Type = "type";
    public const string Status = "status";
    public const string Topic = "topic";
    public const string Year = "year";

    /// <summary>yyyymmdd of enactment, else publication: the order of the list without a query.</summary>
    public const string Date = "date";

    /// <summary>Folded, unstemmed words of the official number, the title and the summary in every language.</summary>
    public const string Number = "number";
    public const string AnyTitle = "title.any";
    public const string AnySummary = "summary.any";

    public const string OriginalVariant = "original";
    public const string LanguageVariant = "language";

    public static string Title(string language) => "title." + language;

    public static string Summary(string language) => "summary." + language;

    public static string StoredTitle(string variant) => "text.title." + variant;

    public static string StoredSummary(string variant) => "text.summary." + variant;
}
