using ComunidadPyme.Core.Countries;
using ComunidadPyme.Web.Features.CountryProfile;

namespace ComunidadPyme.UnitTests.Web.Features.CountryProfile;

public sealed class FocalPointItemTests
{
    private static FocalPointItem Public(ContactFields fields) => FocalPointItem.Public(
        fields, "Ana Pérez", "Director", "ana@example.org", "+1 555 0100", FocalPointRole.Primary, null,
        new DateOnly(2025, 3, 1), isSample: false, DateTime.UtcNow);

    [Fact]
    public void KeepsOnlyTheFieldsFlaggedPublic()
    {
        var item = Public(ContactFields.Name | ContactFields.Position);

        Assert.Equal("Ana Pérez", item.FullName);
        Assert.Equal("Director", item.Position);
        Assert.Null(item.Email);
        Assert.Null(item.Phone);
    }

    [Fact]
    public void ShowsEmailAndPhoneWhenFlaggedPublic()
    {
        var item = Public(ContactFields.All);

        Assert.Equal("ana@example.org", item.Email);
        Assert.Equal("+1 555 0100", item.Phone);
    }

    [Fact]
    public void HidesEvenTheNameWhenNothingIsPublic()
    {
        var item = Public(ContactFields.None);

        Assert.Null(item.FullName);
        Assert.Null(item.Position);
        Assert.Equal(new DateOnly(2025, 3, 1), item.LastConfirmedOn);
    }
}
