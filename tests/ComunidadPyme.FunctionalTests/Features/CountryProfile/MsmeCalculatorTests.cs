using System.Net;
using ComunidadPyme.FunctionalTests.Support;

namespace ComunidadPyme.FunctionalTests.Features.CountryProfile;

/// <summary>"Is my business an MSME here?": the calculator at /{lang}/countries/{iso2}/msme-check.</summary>
[Collection(PortalCollection.Name)]
public sealed class MsmeCalculatorTests(PortalFactory portal)
{
    private async Task<AngleSharp.Dom.IDocument> CheckAsync(string path)
    {
        var response = await portal.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await HtmlDocument.ParseAsync(response);
    }

    [Theory]
    [InlineData("/en/countries/BR/msme-check?turnover=4000000")]
    [InlineData("/en/countries/br/msme-check?turnover=4,000,000")]
    [InlineData("/es/countries/br/msme-check?turnover=4.000.000,00")]
    [InlineData("/pt/countries/br/msme-check?turnover=4000000.00")]
    [InlineData("/fr/countries/br/msme-check?turnover=4%20000%20000,5")]
    public async Task FindsABrazilianFirmWithFourMillionReaisSmall(string path)
    {
        var page = await CheckAsync(path);

        var answer = Assert.Single(page.QuerySelectorAll(".definition-check"));
        Assert.Equal("Classified", answer.GetAttribute("data-outcome"));
        Assert.Equal("Small", answer.GetAttribute("data-size-class"));
        Assert.Contains("LC 155/2016", answer.QuerySelector(".legal-source")!.TextContent);
        Assert.NotNull(page.QuerySelector(".not-in-force"));
    }

    [Fact]
    public async Task SaysWhenABrazilianFirmIsAboveTheClassesTheLawDefines()
    {
        var page = await CheckAsync("/en/countries/br/msme-check?turnover=5000000");

        var answer = page.QuerySelector(".definition-check")!;
        Assert.Equal("AboveDefinedClasses", answer.GetAttribute("data-outcome"));
        Assert.Contains("Above the classes this law defines.", answer.TextContent);
        Assert.Contains("Small enterprise", answer.QuerySelector(".check-answer")!.TextContent);
    }

    [Fact]
    public async Task ScoresAMexicanShopWithThirtyWorkersAsSmall()
    {
        var page = await CheckAsync("/en/countries/mx/msme-check?employees=30&turnover=80000000&sector=Commerce");

        var answer = page.QuerySelector(".definition-check")!;
        Assert.Equal("Small", answer.GetAttribute("data-size-class"));
        var score = answer.QuerySelector(".score")!.TextContent;
        Assert.Contains("30 employees × 0.1 + (80,000,000 MXN ÷ 1,000,000) × 0.9 = 75.00", score);
        Assert.Contains("cap of 93", score);
        Assert.Contains("Thresholds applied: Commerce.", answer.TextContent);
    }

    [Fact]
    public async Task AsksForTheSectorOfAColombianFirm()
    {
        var page = await CheckAsync("/en/countries/co/msme-check?turnover=100000");

        var answer = page.QuerySelector(".definition-check")!;
        Assert.Equal("NotEnoughInformation", answer.GetAttribute("data-outcome"));
        Assert.Contains("we also need: the sector.", answer.QuerySelector(".missing-information")!.TextContent);
        Assert.NotNull(page.QuerySelector("select#sector"));
    }

    [Fact]
    public async Task UsesManufacturingForAColombianFarm()
    {
        var page = await CheckAsync("/es/countries/co/msme-check?turnover=20000&sector=agriculture");

        var answer = page.QuerySelector(".definition-check")!;
        Assert.Equal("Micro", answer.GetAttribute("data-size-class"));
        Assert.Contains("se aplican los de Manufactura (industria)", answer.TextContent);
        Assert.Contains("UVT", page.QuerySelector("label[for=turnover]")!.TextContent);
    }

    [Fact]
    public async Task AsksNoSectorWhereNoDefinitionVariesBySector()
    {
        var page = await CheckAsync("/en/countries/br/msme-check");

        Assert.Null(page.QuerySelector("#sector"));
        Assert.Contains("BRL", page.QuerySelector("label[for=turnover]")!.TextContent);
        Assert.Empty(page.QuerySelectorAll(".definition-check"));
    }

    [Fact]
    public async Task SaysSoForACountryWithoutDefinitions()
    {
        var page = await CheckAsync("/en/countries/jm/msme-check?employees=4");

        Assert.Contains("No official MSME definition is known for Jamaica yet.", page.Body!.TextContent);
        Assert.Equal("https://www.jbdc.net/", page.QuerySelector(".ask-authority a")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("en", "employees=-5", "employees", "The number of employees must be between 0 and 10,000,000.")]
    [InlineData("en", "employees=2.5", "employees", "Enter the number of employees as a whole number, for example 25.")]
    [InlineData("en", "turnover=abc", "turnover", "Enter the annual turnover as a number, for example 1,500,000.50.")]
    [InlineData("es", "turnover=abc", "turnover", "Escriba las ventas anuales como un número, por ejemplo 1.500.000,50.")]
    [InlineData("en", "turnover=-1", "turnover", "The annual turnover cannot be negative.")]
    [InlineData("en", "turnover=1e30", "turnover", "Enter the annual turnover as a number, for example 1,500,000.50.")]
    [InlineData("en", "turnover=99999999999999999999", "turnover", "The annual turnover must be at most 1,000,000,000,000,000.")]
    [InlineData("en", "sector=Oops", "sector", "Choose one of the listed sectors.")]
    [InlineData("fr", "sector=3", "sector", "Choisissez l'un des secteurs de la liste.")]
    [InlineData("en", "employees=1'%20OR%20'1'='1", "employees", "Enter the number of employees as a whole number, for example 25.")]
    public async Task ExplainsBadInputNextToItsField(string lang, string query, string field, string message)
    {
        var page = await CheckAsync($"/{lang}/countries/co/msme-check?{query}");

        Assert.Equal(message, page.QuerySelector($"#{field}-error")!.TextContent.Trim());
        Assert.Equal("true", page.QuerySelector($"#{field}")!.GetAttribute("aria-invalid"));
        Assert.Empty(page.QuerySelectorAll(".definition-check"));
    }

    [Fact]
    public async Task KeepsWhatWasTypedIncludingHostileText()
    {
        var typed = "<script>alert('x')</script>";
        var response = await portal.CreateClient().GetAsync(
            $"/en/countries/mx/msme-check?employees={Uri.EscapeDataString(typed)}&sector={Uri.EscapeDataString(typed)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(typed, html);
        var page = await HtmlDocument.ParseAsync(response);
        Assert.Equal(typed, page.QuerySelector("#employees")!.GetAttribute("value"));
        Assert.Equal(typed, page.QuerySelector("#sector option[selected]")!.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("#sector-error"));
    }

    [Fact]
    public async Task RefusesVeryLongValuesWithAMessage()
    {
        var longValue = new string('9', 2000);
        var page = await CheckAsync($"/en/countries/mx/msme-check?employees={longValue}&turnover={longValue}&sector={new string('s', 2000)}");

        foreach (var field in new[] { "employees", "turnover", "sector" })
        {
            Assert.Equal("This value is too long: type at most 30 characters.", page.QuerySelector($"#{field}-error")!.TextContent.Trim());
        }

        Assert.Equal(longValue, page.QuerySelector("#turnover")!.GetAttribute("value"));
    }

    [Fact]
    public async Task AnswersUnderBothMexicanDefinitionsAndSaysWhyTheyDisagree()
    {
        var page = await CheckAsync("/en/countries/mx/msme-check?employees=200&turnover=50000000&sector=Commerce");

        var answers = page.QuerySelectorAll(".definition-check").Select(a => a.GetAttribute("data-size-class")).ToList();
        Assert.Equal(["Small", "Large"], answers);
        var disagreement = page.QuerySelector(".definitions-disagree")!.TextContent;
        Assert.Contains("The definitions in force disagree about your enterprise.", disagreement);
        Assert.Contains("it combines the number of employees and the annual turnover in one weighted score, with limits by sector", disagreement);
        Assert.Contains("it counts only the number of employees, with limits by sector", disagreement);
        Assert.Contains("art. 3", page.QuerySelectorAll(".definition-check")[1].QuerySelector(".legal-source")!.TextContent);
    }

    [Fact]
    public async Task AgreesWithoutAWarningWhenBothMexicanDefinitionsGiveTheSameClass()
    {
        var page = await CheckAsync("/es/countries/mx/msme-check?employees=8&turnover=1.000.000&sector=Services");

        Assert.All(page.QuerySelectorAll(".definition-check"), a => Assert.Equal("Micro", a.GetAttribute("data-size-class")));
        Assert.Null(page.QuerySelector(".definitions-disagree"));
        Assert.Contains("Qué significa su respuesta", page.QuerySelector(".check-meaning")!.TextContent);
    }

    [Fact]
    public async Task OffersOnlyTheSectorsMexicosDefinitionsCover()
    {
        var page = await CheckAsync("/en/countries/mx/msme-check");

        var options = page.QuerySelectorAll("#sector option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Equal(["", "Manufacturing", "Commerce", "Services"], options);
        Assert.Contains("Only the sectors the definitions set limits for are listed.", page.QuerySelector("#sector-hint")!.TextContent);
    }

    [Fact]
    public async Task SaysWhenNoMexicanDefinitionCoversAFarm()
    {
        var page = await CheckAsync("/en/countries/mx/msme-check?employees=5&turnover=1000000&sector=Agriculture");

        Assert.All(page.QuerySelectorAll(".definition-check"), a => Assert.Equal("SectorNotCovered", a.GetAttribute("data-outcome")));
        Assert.Contains("This definition sets no thresholds for the sector Agriculture", page.QuerySelector(".definition-check")!.TextContent);
        Assert.Equal("Agriculture", page.QuerySelector("#sector option[selected]")!.GetAttribute("value"));
    }

    [Theory]
    [InlineData("pt", "R%24%204.000.000%2C00")]
    [InlineData("es", "4.000.000%2C00")]
    [InlineData("fr", "4%20000%20000")]
    [InlineData("en", "4%2C000%2C000.00")]
    [InlineData("es", "4%2C000%2C000.00")]
    [InlineData("en", "BRL%204000000")]
    public async Task ReadsTheAmountsPeopleType(string lang, string turnover)
    {
        var page = await CheckAsync($"/{lang}/countries/br/msme-check?turnover={turnover}");

        Assert.Equal("Small", page.QuerySelector(".definition-check")!.GetAttribute("data-size-class"));
    }

    [Theory]
    [InlineData("es", "4%2C000", "«4,000» puede leerse como 4 o como 4.000. Para decir 4.000, escriba 4.000,00; para decir 4, escriba 4,00.")]
    [InlineData("en", "4.000", "\"4.000\" can be read as 4 or as 4,000. To mean 4,000, write 4,000.00; to mean 4, write 4.00.")]
    [InlineData("fr", "2.400", "« 2.400 » peut se lire 2,4 ou 2\u202F400. Pour dire 2\u202F400, écrivez 2\u202F400,00 ; pour dire 2,4, écrivez 2,40.")]
    public async Task AsksHowToReadAnAmbiguousAmount(string lang, string turnover, string message)
    {
        var page = await CheckAsync($"/{lang}/countries/cl/msme-check?turnover={turnover}");

        Assert.Equal(message, page.QuerySelector("#turnover-error")!.TextContent.Trim());
        Assert.Empty(page.QuerySelectorAll(".definition-check"));
    }

    [Fact]
    public async Task SaysWhatTheAnswerMeansWithTheProgrammesOpenToTheClass()
    {
        var page = await CheckAsync("/en/countries/br/msme-check?turnover=100000");

        var meaning = page.QuerySelector(".check-meaning")!;
        Assert.Equal("Micro", meaning.QuerySelector("h3")!.GetAttribute("data-size-class"));
        Assert.NotEmpty(meaning.QuerySelectorAll(".open-programmes li"));
        Assert.NotNull(meaning.QuerySelector("a[href='/en/programmes?country=BR']"));
    }

    [Fact]
    public async Task SaysALargeEnterpriseIsNotAnMsme()
    {
        var page = await CheckAsync("/en/countries/cl/msme-check?turnover=200000");

        Assert.Contains("A large enterprise is not an MSME", page.QuerySelector(".check-meaning")!.TextContent);
    }
}
