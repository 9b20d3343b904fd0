using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Legal;
using Lucene.Net.Documents;

namespace ComunidadPyme.Infrastructure.Search;

/// <summary>
/// Turns an instrument into its index document: filter keys, the text of each OAS language in that language's
/// field, every variant in the folded fields, and the texts themselves (stored) for the snippets.
/// </summary>
internal static class LegalDocumentBuilder
{
    public static Document Build(LegalIndexEntry entry)
    {
        var document = new Document
        {
            new StringField(LegalIndexFields.Id, entry.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.YES),
            new StringField(LegalIndexFields.CountryId, CountryKey(entry.CountryId), Field.Store.NO),
            new StringField(LegalIndexFields.Country, entry.CountryIso2.ToUpperInvariant(), Field.Store.NO),
            new StringField(LegalIndexFields.Type, entry.Type.ToString(), Field.Store.NO),
            new StringField(LegalIndexFields.Status, entry.Status.ToString(), Field.Store.NO),
            new NumericDocValuesField(LegalIndexFields.Date, DateKey(entry.EnactedOn ?? entry.PublishedOn)),
        };

        foreach (var topic in Enum.GetValues<LegalTopics>().Where(t => t != LegalTopics.None && entry.Topics.HasFlag(t)))
        {
            document.Add(new StringField(LegalIndexFields.Topic, topic.ToString(), Field.Store.NO));
        }

        foreach (var year in new[] { entry.EnactedOn?.Year, entry.PublishedOn?.Year }.OfType<int>().Distinct())
        {
            document.Add(new StringField(LegalIndexFields.Year, YearKey(year), Field.Store.NO));
        }

        if (!string.IsNullOrWhiteSpace(entry.OfficialNumber))
        {
            document.Add(new TextField(LegalIndexFields.Number, entry.OfficialNumber, Field.Store.NO));
        }

        if (entry.Title.WithUsableOriginal() is { } title)
        {
            AddText(document, title, LegalIndexFields.Title, LegalIndexFields.AnyTitle, LegalIndexFields.StoredTitle);
        }

        if (entry.Summary?.WithUsableOriginal() is { } summary)
        {
            AddText(document, summary, LegalIndexFields.Summary, LegalIndexFields.AnySummary, LegalIndexFields.StoredSummary);
        }

        return document;
    }

    public static string CountryKey(int countryId) => countryId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string YearKey(int year) => year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A text as <see cref="Build"/> stored it, for the snippets.</summary>
    public static TranslatableText? StoredText(Document document, Func<string, string> field)
    {
        var original = document.Get(field(LegalIndexFields.OriginalVariant));
        return original is null
            ? null
            : new TranslatableText
            {
                Original = original,
                Language = document.Get(field(LegalIndexFields.LanguageVariant)) ?? Languages.English,
                En = document.Get(field(Languages.English)),
                Es = document.Get(field(Languages.Spanish)),
                Pt = document.Get(field(Languages.Portuguese)),
                Fr = document.Get(field(Languages.French)),
            };
    }

    private static long DateKey(DateOnly? date) => date is { } d ? (d.Year * 10_000L) + (d.Month * 100) + d.Day : 0;

    private static void AddText(
        Document document,
        TranslatableText text,
        Func<string, string> languageField,
        string anyField,
        Func<string, string> storedField)
    {
        document.Add(new StoredField(storedField(LegalIndexFields.OriginalVariant), text.Original));
        document.Add(new StoredField(storedField(LegalIndexFields.LanguageVariant), text.Language));
        document.Add(new TextField(anyField, text.Original, Field.Store.NO));
        foreach (var language in Languages.All)
        {
            var inLanguage = string.Equals(text.Language, language, StringComparison.OrdinalIgnoreCase)
                ? text.Original
                : text.Translation(language);
            if (string.IsNullOrWhiteSpace(inLanguage))
            {
                continue;
            }

            document.Add(new TextField(languageField(language), inLanguage, Field.Store.NO));
            var translation = text.Translation(language);
            if (!string.IsNullOrWhiteSpace(translation))
            {
                document.Add(new StoredField(storedField(language), translation));
                document.Add(new TextField(anyField, translation, Field.Store.NO));
            }
        }
    }
}
