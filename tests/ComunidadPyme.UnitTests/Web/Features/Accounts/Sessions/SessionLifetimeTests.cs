using ComunidadPyme.Web.Features.Accounts.Sessions;
using Microsoft.AspNetCore.Authentication;

namespace ComunidadPyme.UnitTests.Web.Features.Accounts.Sessions;

public sealed class SessionLifetimeTests
{
    private static readonly DateTimeOffset s_signedIn = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(0)]
    [InlineData(60)]
    [InlineData(11 * 60 + 59)]
    public void ASessionYoungerThanTwelveHoursGoesOn(int minutes)
    {
        var properties = SignedIn();

        Assert.False(SessionLifetime.HasExpired(properties, s_signedIn.AddMinutes(minutes)));
    }

    [Theory]
    [InlineData(12 * 60)]
    [InlineData(30 * 60)]
    public void ASessionOfTwelveHoursOrMoreIsOverHoweverActive(int minutes)
    {
        Assert.True(SessionLifetime.HasExpired(SignedIn(), s_signedIn.AddMinutes(minutes)));
    }

    [Fact]
    public void ASessionWithoutASignInTimeIsOver()
    {
        Assert.True(SessionLifetime.HasExpired(new AuthenticationProperties(), s_signedIn));
    }

    [Fact]
    public void ASessionWithAnUnreadableSignInTimeIsOver()
    {
        var properties = new AuthenticationProperties();
        properties.Items[SessionLifetime.SignedInAtKey] = "yesterday'; DROP TABLE";

        Assert.True(SessionLifetime.HasExpired(properties, s_signedIn));
    }

    [Fact]
    public void SigningInAgainWithinTheSessionKeepsTheOriginalTime()
    {
        var properties = SignedIn();

        SessionLifetime.StampSignIn(properties, s_signedIn.AddHours(5));

        Assert.Equal(s_signedIn, SessionLifetime.SignedInAt(properties));
        Assert.True(SessionLifetime.HasExpired(properties, s_signedIn.AddHours(12)));
    }

    private static AuthenticationProperties SignedIn()
    {
        var properties = new AuthenticationProperties();
        SessionLifetime.StampSignIn(properties, s_signedIn);
        return properties;
    }
}
