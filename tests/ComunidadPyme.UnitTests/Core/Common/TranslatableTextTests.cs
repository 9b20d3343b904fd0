using ComunidadPyme.Core.Common;

namespace ComunidadPyme.UnitTests.Core.Common;

public class TranslatableTextTests
{
    [Fact]
    public void ResolvesToTheTranslationWhenOneExists()
    {
        var text = TranslatableText.In(Languages.Spanish, "Estatuto PYME");
        text.En = "SME Statute";

        var resolved = text.Resolve(Languages.English);

        Assert.Equal(new ResolvedText("SME Statute", Languages.English, IsFallback: false), resolved);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void FallsBackToTheOriginalWhenTheTranslationIsMissing(string? french)
    {
        var text = TranslatableText.In(Languages.Spanish, "Estatuto PYME");
        text.Fr = french;

        var resolved = text.Resolve(Languages.French);

        Assert.Equal(new ResolvedText("Estatuto PYME", Languages.Spanish, IsFallback: true), resolved);
    }

    [Fact]
    public void ReturnsTheOriginalNotAFallbackWhenTheOriginalLanguageIsRequested()
    {
        var text = TranslatableText.In(Languages.Spanish, "Estatuto PYME");
        text.Es = "Estatuto de las PYME (revisado)";

        var resolved = text.Resolve(Languages.Spanish);

        Assert.Equal(new ResolvedText("Estatuto PYME", Languages.Spanish, IsFallback: false), resolved);
    }

    [Fact]
    public void MatchesTheOriginalLanguageRegardlessOfCase()
    {
        var text = TranslatableText.In(Languages.Portuguese, "Estatuto da Microempresa");

        var resolved = text.Resolve("PT");

        Assert.False(resolved.IsFallback);
        Assert.Equal("Estatuto da Microempresa", resolved.Text);
    }

    [Fact]
    public void FallsBackToAnOriginalWrittenOutsideTheOasLanguages()
    {
        var text = TranslatableText.In("nl", "Wet op het midden- en kleinbedrijf");
        text.En = "Small and Medium Enterprises Act";

        var english = text.Resolve(Languages.English);
        var spanish = text.Resolve(Languages.Spanish);

        Assert.Equal(new ResolvedText("Small and Medium Enterprises Act", Languages.English, IsFallback: false), english);
        Assert.Equal(new ResolvedText("Wet op het midden- en kleinbedrijf", "nl", IsFallback: true), spanish);
    }
}
