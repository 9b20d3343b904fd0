using ComunidadPyme.Core.Common;

namespace ComunidadPyme.UnitTests.Core.Common;

public sealed class TextCleaningTests
{
    [Theory]
    [InlineData("Ley\u0000 1", "Ley 1")]
    [InlineData("a\u0001b\u001Fc\u007Fd\u0085e", "abcde")]
    [InlineData("\u202Egnp.exe\u202C", "gnp.exe")]
    [InlineData("\u2066isolated\u2069", "isolated")]
    [InlineData("zero\u200Bwidth\uFEFF", "zerowidth")]
    [InlineData("non\uFFFEchar", "nonchar")]
    public void RemovesCharactersNoPageOrFileShouldHold(string typed, string stored)
    {
        Assert.Equal(stored, TextCleaning.RemoveUnsafeCharacters(typed));
    }

    [Fact]
    public void RemovesLoneSurrogates()
    {
        Assert.Equal("lone  surrogates", TextCleaning.RemoveUnsafeCharacters("lone \uD800 surrogates\uDC00"));
    }

    [Theory]
    [InlineData("Línea 1\r\nLínea 2\tfin")]
    [InlineData("Empreendedoras 👩🏽‍💼 e 🇧🇷")]
    [InlineData("Créole: Lajan ak kredi")]
    public void KeepsLineBreaksTabsEmojiAndJoinersAsTheyAre(string text)
    {
        Assert.Same(text, TextCleaning.RemoveUnsafeCharacters(text));
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData(" \t\n\u00A0", false)]
    [InlineData("\u200D\u200C", false)]
    [InlineData("\u0301", false)]
    [InlineData("é", true)]
    [InlineData("👍", true)]
    public void TellsWhetherATextHasAnythingVisible(string? text, bool visible)
    {
        Assert.Equal(visible, TextCleaning.HasVisibleText(text));
    }
}
