using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Legal;
using ComunidadPyme.Infrastructure.Search;

namespace LegalSearchBench;

/// <summary>
/// Generates a library of instruments in the four OAS languages, with the vocabulary of MSME law, so that
/// the benchmark's queries meet realistic term frequencies.
/// </summary>
internal static class SyntheticLibrary
{
    private static readonly string[] s_countries =
    [
        "AG", "AR", "BS", "BB", "BZ", "BO", "BR", "CA", "CL", "CO", "CR", "CU", "DM", "DO", "EC", "SV", "US", "GD",
        "GT", "GY", "HT", "HN", "JM", "MX", "NI", "PA", "PY", "PE", "KN", "LC", "VC", "SR", "TT", "UY", "VE",
    ];

    private static readonly Dictionary<string, string[]> s_words = new()
    {
        ["es"] = ("ley decreto reglamento regulación empresa empresas microempresa pequeña mediana registro simplificado " +
                  "tributario régimen crédito garantía fondo compras públicas exportación innovación mujeres emprendedoras " +
                  "formalización trámite ventanilla única digital financiamiento capacitación asistencia técnica comercio " +
                  "competitividad productividad desarrollo fomento impuesto tasa beneficio incentivo programa política").Split(' '),
        ["pt"] = ("lei decreto regulamento regulação empresa empresas microempresa pequena média registro simplificado " +
                  "tributário regime crédito garantia fundo compras públicas exportação inovação mulheres empreendedoras " +
                  "formalização procedimento balcão único digital financiamento capacitação assistência técnica comércio " +
                  "competitividade produtividade desenvolvimento fomento imposto tributos taxa benefício incentivo programa").Split(' '),
        ["en"] = ("act law decree regulation enterprise enterprises micro small medium registration simplified tax regime " +
                  "credit guarantee fund public procurement export innovation women entrepreneurs formalisation procedure " +
                  "single window digital finance training technical assistance trade competitiveness productivity " +
                  "development promotion levy fee benefit incentive programme policy business businesses").Split(' '),
        ["fr"] = ("loi décret règlement réglementation entreprise entreprises microentreprise petite moyenne immatriculation " +
                  "simplifiée fiscal régime crédit garantie fonds marchés publics exportation innovation femmes " +
                  "entrepreneures formalisation procédure guichet unique numérique financement formation assistance " +
                  "technique commerce compétitivité productivité développement promotion impôt taxe avantage programme").Split(' '),
    };

    public static IEnumerable<LegalIndexEntry> Generate(int count, int seed)
    {
        var random = new Random(seed);
        var languages = s_words.Keys.ToArray();
        for (var id = 1; id <= count; id++)
        {
            var countryIndex = random.Next(s_countries.Length);
            var language = languages[random.Next(languages.Length)];
            var year = 1990 + random.Next(36);
            var enacted = new DateOnly(year, 1 + random.Next(12), 1 + random.Next(28));
            yield return new LegalIndexEntry(
                id,
                countryIndex + 1,
                s_countries[countryIndex],
                Pick<LegalInstrumentType>(random),
                Pick<LegalStatus>(random),
                (LegalTopics)(1 << random.Next(9)) | (LegalTopics)(1 << random.Next(9)),
                $"N-{id}/{year}",
                Text(random, language, 6, 14),
                Text(random, language, 30, 70),
                enacted,
                enacted.AddDays(random.Next(30)));
        }
    }

    private static TranslatableText Text(Random random, string original, int minWords, int maxWords)
    {
        var length = random.Next(minWords, maxWords);
        string Sentence(string language) =>
            string.Join(' ', Enumerable.Range(0, length).Select(_ => s_words[language][random.Next(s_words[language].Length)]));

        // About half the instruments carry translations into the other three languages.
        var translated = random.Next(2) == 0;
        string? In(string language) => translated && language != original ? Sentence(language) : null;
        return new TranslatableText
        {
            Language = original, Original = Sentence(original),
            En = In(Languages.English), Es = In(Languages.Spanish), Pt = In(Languages.Portuguese), Fr = In(Languages.French),
        };
    }

    private static T Pick<T>(Random random) where T : struct, Enum
    {
        var values = Enum.GetValues<T>();
        return values[random.Next(values.Length)];
    }
}
