using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Legal;
using ComunidadPyme.Infrastructure.Search;

namespace ComunidadPyme.UnitTests.Infrastructure.Search;

public sealed class LegalSearchIndexTests : IDisposable
{
    private readonly LegalSearchIndex _index = LegalSearchIndex.InMemory();

    public LegalSearchIndexTests() => _index.Rebuild(
    [
        Entry(1, "MX", "es", "Ley de regulación de las empresas", "Simplifica la regulación para la microempresa.", 2010),
        Entry(2, "BR", "pt", "Estatuto da Microempresa", "Regime único de arrecadação de tributos.", 2006),
        Entry(3, "CA", "en", "Small Business Act", "Simplified rules for small businesses.", 2020,
            LegalInstrumentType.Decree, LegalStatus.Repealed, LegalTopics.Taxation),
        Entry(4, "FR", "fr", "Loi relative aux petites entreprises", "Allègement des procédures administratives.", 2015),
    ]);

    public void Dispose() => _index.Dispose();

    private LegalSearchResults Search(string? text, string language = "en") =>
        _index.Search(new LegalSearchRequest { Text = text, Language = language });

    private static IEnumerable<int> Ids(LegalSearchResults results) => results.Hits.Select(h => h.Id);

    [Theory]
    [InlineData("regulacion")]
    [InlineData("REGULACIÓN")]
    [InlineData("Regulación")]
    public void FindsAccentedWordsWhateverTheAccentsAndCase(string text)
    {
        Assert.Equal([1], Ids(Search(text)));
    }

    [Fact]
    public void FindsASpanishSingularGivenItsPlural()
    {
        Assert.Contains(1, Ids(Search("microempresas")));
    }

    [Fact]
    public void FindsAPortuguesePluralGivenItsSingularFirst()
    {
        // The Taxation-tagged act (3) comes too, through the vocabulary, but below the word itself.
        Assert.Equal(2, Ids(Search("tributo")).First());
    }

    [Fact]
    public void FindsAnEnglishWordByItsStemFirst()
    {
        // "Allègement des procédures" (4) is simplification in French, and comes after the English match.
        Assert.Equal(3, Ids(Search("simplify")).First());
    }

    [Theory]
    [InlineData("impuesto", "es")]
    [InlineData("impuestos", "es")]
    [InlineData("tributación", "es")]
    [InlineData("tributacion", "es")]
    [InlineData("tributação", "pt")]
    [InlineData("impôt", "fr")]
    [InlineData("fiscalité", "fr")]
    [InlineData("tax", "en")]
    [InlineData("taxes", "en")]
    public void FindsTheSameInstrumentsForTaxInEveryLanguage(string text, string language)
    {
        // 2 speaks of "tributos" in Portuguese; 3 is in English, tagged Taxation, with no word of tax in it.
        Assert.Equal([2, 3], Ids(Search(text, language)).Order());
    }

    [Theory]
    [InlineData("regulation")]
    [InlineData("regulations")]
    [InlineData("réglementation")]
    [InlineData("regulamentação")]
    [InlineData("reglamento")]
    public void FindsTheSpanishRegulationLawInEveryLanguage(string text)
    {
        Assert.Contains(1, Ids(Search(text)));
    }

    [Fact]
    public void SuggestsTheClosestWordOfTheLibraryWhenNothingMatches()
    {
        var results = Search("regulacoin");

        Assert.Empty(results.Hits);
        Assert.Equal("regulacion", results.Suggestion);
        Assert.Equal([1], Ids(Search(results.Suggestion)));
    }

    [Fact]
    public void SuggestsNothingWhenNoWordIsClose()
    {
        Assert.Null(Search("zzzqqqxxx").Suggestion);
        Assert.Null(Search("regulación").Suggestion);
    }

    [Fact]
    public void RequiresEveryWordOfTheQuery()
    {
        Assert.Equal([1], Ids(Search("empresas regulación")));
        Assert.Empty(Search("empresas canadá").Hits);
    }

    [Fact]
    public void MarksTheMatchedWordsInTheSnippet()
    {
        var hit = Assert.Single(Search("regulacion", "es").Hits);

        Assert.Contains("<mark>regulación</mark>", hit.SnippetHtml);
    }

    [Fact]
    public void EncodesTheTextAroundTheMarks()
    {
        _index.ReplaceCountries([7], [Entry(9, "CL", "es", "Ley <b>x</b>", "<script>alert(1)</script> regulación & más", 2001, countryId: 7)]);

        var hit = Assert.Single(Search("regulación alert").Hits);

        Assert.DoesNotContain("<script>", hit.SnippetHtml);
        Assert.Contains("&lt;script&gt;", hit.SnippetHtml);
        Assert.Contains("&amp;", hit.SnippetHtml);
        Assert.Contains("<mark>regulación</mark>", hit.SnippetHtml);
    }

    [Theory]
    [InlineData("\"regulación")]
    [InlineData("regul*")]
    [InlineData("?")]
    [InlineData("title:regulación")]
    [InlineData("AND OR NOT")]
    [InlineData("' OR 1=1 --")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("[1 TO 9] {a} (b) ~2 ^3 \\ / !")]
    public void TreatsQuerySyntaxAsPlainText(string text)
    {
        var results = Search(text);

        Assert.All(results.Hits, h => Assert.DoesNotContain("<script>", h.SnippetHtml));
    }

    [Fact]
    public void AcceptsAVeryLongQuery()
    {
        var results = Search(string.Concat(Enumerable.Repeat("regulación ", 500)));

        Assert.Equal([1], Ids(results));
    }

    [Fact]
    public void FiltersByCountryTypeStatusTopicAndYear()
    {
        Assert.Equal([2], Ids(_index.Search(new LegalSearchRequest { CountryIso2 = "br" })));
        Assert.Equal([3], Ids(_index.Search(new LegalSearchRequest { Type = LegalInstrumentType.Decree })));
        Assert.Equal([3], Ids(_index.Search(new LegalSearchRequest { Status = LegalStatus.Repealed })));
        Assert.Equal([3], Ids(_index.Search(new LegalSearchRequest { Topic = LegalTopics.Taxation })));
        Assert.Equal([4], Ids(_index.Search(new LegalSearchRequest { Year = 2015 })));
        Assert.Equal([4], Ids(_index.Search(new LegalSearchRequest { Year = 2016 })));
    }

    [Fact]
    public void ListsTheMostRecentFirstWithoutAQuery()
    {
        Assert.Equal([3, 4, 1, 2], Ids(Search(null)));
    }

    [Fact]
    public void PagesThroughTheResults()
    {
        var second = _index.Search(new LegalSearchRequest { Skip = 2, Take = 2 });
        var beyond = _index.Search(new LegalSearchRequest { Skip = 40, Take = 20 });

        Assert.Equal([1, 2], Ids(second));
        Assert.Equal(4, second.Total);
        Assert.Empty(beyond.Hits);
        Assert.Equal(4, beyond.Total);
    }

    [Fact]
    public void ReplacesACountrysInstruments()
    {
        _index.ReplaceCountries([Id("MX")], [Entry(1, "MX", "es", "Ley de competitividad", "Texto nuevo.", 2010)]);

        Assert.Empty(Search("regulación").Hits);
        Assert.Equal([1], Ids(Search("competitividad")));
        Assert.Equal(4, _index.Count);
    }

    private static int Id(string iso2) => iso2[0] * 100 + iso2[1];

    [Fact]
    public void AnEntryThatCannotBeIndexedIsLeftOutAndNamedWhileTheOthersAreIndexed()
    {
        var broken = Entry(5, "MX", "es", "Ley sin idioma", "Resumen", 2012) with
        {
            Summary = new TranslatableText { Original = "Resumen", Language = null! },
        };

        var skipped = _index.ReplaceCountries([Id("MX")], [broken, Entry(6, "MX", "es", "Ley de fomento", "Apoyo.", 2013)]);

        Assert.Equal(5, Assert.Single(skipped).InstrumentId);
        Assert.Equal([6], Ids(Search("fomento")));
        Assert.Empty(Search("idioma").Hits);
    }

    [Fact]
    public void ABlankOriginalBesideATranslationIsIndexedByTheTranslation()
    {
        var entry = Entry(7, "BR", "pt", "Lei do resumo perdido", "x", 2014) with
        {
            Summary = new TranslatableText { Original = null!, Language = "pt", Es = "Resumen recuperado" },
        };

        Assert.Empty(_index.ReplaceCountries([Id("BR")], [entry]));
        Assert.Equal([7], Ids(Search("recuperado", "es")));
    }

    private static LegalIndexEntry Entry(
        int id,
        string iso2,
        string language,
        string title,
        string summary,
        int year,
        LegalInstrumentType type = LegalInstrumentType.Law,
        LegalStatus status = LegalStatus.InForce,
        LegalTopics topics = LegalTopics.FormalisationAndRegistration,
        int? countryId = null) =>
        new(id, countryId ?? Id(iso2), iso2, type, status, topics, $"N-{id}/{year}",
            TranslatableText.In(language, title), TranslatableText.In(language, summary),
            new DateOnly(year, 3, 1), new DateOnly(year + 1, 1, 15));
}
