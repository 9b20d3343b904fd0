using ComunidadPyme.Core.Countries;
using ComunidadPyme.Core.Indicators;
using ComunidadPyme.Web.Features.Compare;
using Microsoft.Extensions.Localization;
using Moq;

namespace ComunidadPyme.UnitTests.Web.Features.Compare;

/// <summary>A small catalogue and a localizer that returns the English text, for the compare tests.</summary>
internal static class CompareTestCatalogue
{
    public static CompareCatalogue Create() => new(
        [
            new CompareIndicator(1, "MSME_COUNT", "Number of MSMEs", "enterprises", 0, IndicatorTheme.EnterpriseDemography, null, new HashSet<int>()),
            new CompareIndicator(2, "MSME_DENSITY", "MSME density", "per 1,000", 1, IndicatorTheme.EnterpriseDemography, 2024, new HashSet<int> { 1, 2 }),
        ],
        [
            new CompareCountry(1, "BR", "Brazil", SubRegion.SouthAmerica),
            new CompareCountry(2, "MX", "Mexico", SubRegion.NorthAmerica),
            new CompareCountry(3, "AR", "Argentina", SubRegion.SouthAmerica),
            new CompareCountry(4, "JM", "Jamaica", SubRegion.Caribbean),
        ]);

    public static IStringLocalizer<CompareResource> English()
    {
        var localizer = new Mock<IStringLocalizer<CompareResource>>();
        localizer.Setup(l => l[It.IsAny<string>()]).Returns((string key) => new LocalizedString(key, key));
        localizer.Setup(l => l[It.IsAny<string>(), It.IsAny<object[]>()])
            .Returns((string key, object[] args) => new LocalizedString(key, string.Format(key, args)));
        return localizer.Object;
    }
}
