using System.Globalization;
using ComunidadPyme.Web.Features.CountryProfile;
using Microsoft.Extensions.Localization;
using Moq;

namespace ComunidadPyme.UnitTests.Web.Features.CountryProfile;

public sealed class MsmeCheckInputValidatorTests
{
    private static readonly MsmeCheckInputValidator s_validator = new(Localizer());

    // The localizer is the validator's only collaborator: it returns each text's key, formatted.
    private static IStringLocalizer<CountryProfileResource> Localizer()
    {
        var localizer = new Mock<IStringLocalizer<CountryProfileResource>>();
        localizer.Setup(l => l[It.IsAny<string>()]).Returns((string key) => new LocalizedString(key, key));
        localizer.Setup(l => l[It.IsAny<string>(), It.IsAny<object[]>()])
            .Returns((string key, object[] args) => new LocalizedString(key, string.Format(CultureInfo.CurrentCulture, key, args)));
        return localizer.Object;
    }

    private static Dictionary<string, string> Errors(MsmeCheckInput input)
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("en");
        try
        {
            return s_validator.Validate(input).Errors.ToDictionary(e => e.PropertyName, e => e.ErrorMessage);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void AcceptsEmptyInput()
    {
        Assert.Empty(Errors(new MsmeCheckInput()));
    }

    [Fact]
    public void AcceptsAWholeEnterprise()
    {
        Assert.Empty(Errors(new MsmeCheckInput { Employees = "30", Turnover = "80,000,000", Assets = "0", Sector = "commerce" }));
    }

    [Theory]
    [InlineData("-5", "The number of employees must be between 0 and 10,000,000.")]
    [InlineData("10000001", "The number of employees must be between 0 and 10,000,000.")]
    [InlineData("2.5", "Enter the number of employees as a whole number, for example 25.")]
    [InlineData("<b>", "Enter the number of employees as a whole number, for example 25.")]
    public void ExplainsABadNumberOfEmployees(string employees, string message)
    {
        Assert.Equal(message, Errors(new MsmeCheckInput { Employees = employees })["Employees"]);
    }

    [Theory]
    [InlineData("abc", "Enter the annual turnover as a number, for example 1,500,000.50.")]
    [InlineData("-0.01", "The annual turnover cannot be negative.")]
    [InlineData("1000000000000000.01", "The annual turnover must be at most 1,000,000,000,000,000.")]
    public void ExplainsABadTurnover(string turnover, string message)
    {
        Assert.Equal(message, Errors(new MsmeCheckInput { Turnover = turnover })["Turnover"]);
    }

    [Theory]
    [InlineData("Oops")]
    [InlineData("1")]
    [InlineData("Commerce,Services")]
    public void RefusesASectorThatIsNotListed(string sector)
    {
        Assert.Equal("Choose one of the listed sectors.", Errors(new MsmeCheckInput { Sector = sector })["Sector"]);
    }

    [Fact]
    public void RefusesVeryLongValuesBeforeReadingThem()
    {
        var errors = Errors(new MsmeCheckInput { Employees = new string('1', 31), Sector = new string('s', 5000) });

        Assert.Equal("This value is too long: type at most 30 characters.", errors["Employees"]);
        Assert.Equal("This value is too long: type at most 30 characters.", errors["Sector"]);
    }
}
