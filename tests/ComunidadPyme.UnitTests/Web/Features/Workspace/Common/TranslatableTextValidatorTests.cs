using ComunidadPyme.Web.Features.Workspace.Common;
using Microsoft.Extensions.Localization;
using Moq;

namespace ComunidadPyme.UnitTests.Web.Features.Workspace.Common;

public sealed class TranslatableTextValidatorTests
{
    private static readonly IStringLocalizer s_english = EnglishLocalizer();

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<svg onload=alert(1)>after")]
    [InlineData("<noscript>after")]
    [InlineData("&lt;script&gt;alert(1)&lt;/script&gt;")]
    public void ARichTextThatIsOnlyMarkupIsRefusedAndWouldStoreNothing(string original)
    {
        var form = new TranslatableTextForm { Original = original, Language = "en" };

        var result = new TranslatableTextValidator(s_english, 8000, required: false, rich: true).Validate(form);

        var error = Assert.Single(result.Errors);
        Assert.Equal(nameof(TranslatableTextForm.Original), error.PropertyName);
        Assert.StartsWith("Nothing is left of this text", error.ErrorMessage);
        Assert.Null(form.ToValue(rich: true));
    }

    [Fact]
    public void WhatTheValidatorAcceptsIsStoredWithANonBlankOriginal()
    {
        var form = new TranslatableTextForm { Original = "<b>Real</b> text\u0000", Language = "pt", Es = "  Texto  " };

        Assert.True(new TranslatableTextValidator(s_english, 8000, required: true, rich: true).Validate(form).IsValid);
        var stored = form.ToValue(rich: true)!;
        Assert.Equal("Real text", stored.Original);
        Assert.Equal("Texto", stored.Es);
    }

    [Fact]
    public void TheLengthLimitAppliesToTheCleanedText()
    {
        var form = new TranslatableTextForm { Original = "<p>" + new string('a', 10) + "</p>" + new string(' ', 50), Language = "en" };

        Assert.True(new TranslatableTextValidator(s_english, 10, required: true, rich: true).Validate(form).IsValid);
    }

    [Fact]
    public void AScriptLinkThatOnlyAppearsOnceTheMarkupIsRemovedIsRefused()
    {
        var form = new TranslatableTextForm { Original = "[x]<i></i>(javascript:alert(1))", Language = "en" };

        var result = new TranslatableTextValidator(s_english, 8000, required: false, rich: true).Validate(form);

        Assert.Equal("Links in the text must start with http:// or https://.", Assert.Single(result.Errors).ErrorMessage);
    }

    [Fact]
    public void AnOriginalOfInvisibleCharactersIsRequired()
    {
        var form = new TranslatableTextForm { Original = "\u200B\u202E", Language = "en" };

        var result = new TranslatableTextValidator(s_english, 100, required: true, rich: false).Validate(form);

        Assert.Equal("This field is required.", Assert.Single(result.Errors).ErrorMessage);
    }

    private static IStringLocalizer EnglishLocalizer()
    {
        var localizer = new Mock<IStringLocalizer>();
        localizer.Setup(l => l[It.IsAny<string>()]).Returns((string key) => new LocalizedString(key, key));
        localizer.Setup(l => l[It.IsAny<string>(), It.IsAny<object[]>()])
            .Returns((string key, object[] args) => new LocalizedString(key, string.Format(System.Globalization.CultureInfo.InvariantCulture, key, args)));
        return localizer.Object;
    }
}
