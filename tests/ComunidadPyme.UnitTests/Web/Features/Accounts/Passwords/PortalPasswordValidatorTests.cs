using ComunidadPyme.Infrastructure.Identity;
using ComunidadPyme.Web.Features.Accounts;
using ComunidadPyme.Web.Features.Accounts.Passwords;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Moq;

namespace ComunidadPyme.UnitTests.Web.Features.Accounts.Passwords;

public sealed class PortalPasswordValidatorTests
{
    private static readonly ApplicationUser s_user = new() { UserName = "ana.silva@produce.gob.pe", Email = "ana.silva@produce.gob.pe" };

    private readonly PortalPasswordValidator _validator =
        new(CommonPasswordList.LoadEmbedded(), new PortalIdentityErrorDescriber(EnglishLocalizer()));

    [Theory]
    [InlineData("password1234")]
    [InlineData("PASSWORD1234")]
    [InlineData("qwertyuiop123")]
    [InlineData("123456789012")]
    [InlineData("Password 1234")]
    [InlineData("iloveyou2020")]
    public async Task RefusesCommonPasswordsWhateverTheirCaseOrSpaces(string password)
    {
        var result = await ValidateAsync(password);

        Assert.Equal([nameof(PortalIdentityErrorDescriber.PasswordTooCommon)], result.Errors.Select(e => e.Code));
        Assert.Contains("too common", result.Errors.Single().Description);
    }

    [Fact]
    public async Task RefusesMoreThanSixtyFourCharacters()
    {
        const string sixtyFiveCharacters = "a passphrase of sixty-five characters is one more than allowed!!!";

        var result = await ValidateAsync(sixtyFiveCharacters);

        Assert.Equal(65, sixtyFiveCharacters.Length);
        Assert.Equal("The password must have at most 64 characters.", Assert.Single(result.Errors).Description);
    }

    [Theory]
    [InlineData("cabbage moon")]
    [InlineData("correct mango stapler lagoon")]
    [InlineData("ÑandúFeliz🦩sobre el río")]
    [InlineData("sixty-four characters exactly, made of plain words and no rules.")]
    public async Task AcceptsPassphrasesWithoutCompositionRules(string password)
    {
        Assert.True((await ValidateAsync(password)).Succeeded);
    }

    [Theory]
    [InlineData("my account is ana.silva@produce.gob.pe")]
    [InlineData("welcome to ComunidadPyme 2026")]
    public async Task RefusesThePersonsEmailOrThePortalsName(string password)
    {
        var result = await ValidateAsync(password);

        Assert.Equal(nameof(PortalIdentityErrorDescriber.PasswordContainsAccountName), Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task LeavesAnEmptyPasswordToIdentitysOwnLengthCheck()
    {
        Assert.True((await ValidateAsync(string.Empty)).Succeeded);
    }

    [Fact]
    public void ShipsAtLeastAThousandCommonPasswords()
    {
        Assert.True(CommonPasswordList.LoadEmbedded().Count >= 1000);
    }

    private Task<IdentityResult> ValidateAsync(string password) => _validator.ValidateAsync(null!, s_user, password);

    private static IStringLocalizer<AccountsResource> EnglishLocalizer()
    {
        var localizer = new Mock<IStringLocalizer<AccountsResource>>();
        localizer.Setup(l => l[It.IsAny<string>(), It.IsAny<object[]>()])
            .Returns((string name, object[] arguments) => new LocalizedString(name, string.Format(name, arguments)));
        return localizer.Object;
    }
}
