using ComunidadPyme.Web.Features.Workspace.Common;

namespace ComunidadPyme.UnitTests.Web.Features.Workspace.Common;

public sealed class LanguageOptionsTests
{
    [Theory]
    [InlineData("en", true)]
    [InlineData("nl", true)]
    [InlineData("ht", true)]
    [InlineData("zz", false)]
    [InlineData("qqq", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void KnowsRealLanguageCodes(string? code, bool expected)
    {
        Assert.Equal(expected, LanguageOptions.IsKnown(code));
    }

    [Fact]
    public void OffersTheCountrysLanguagesFirstThenTheFourOfTheOas()
    {
        var options = LanguageOptions.For(["nl"], selected: "en");

        Assert.Equal(["nl", "en", "es", "pt", "fr"], options.Select(o => o.Value));
        Assert.True(options.Single(o => o.Value == "en").Selected);
    }
}
