using ComunidadPyme.Core.Following;
using ComunidadPyme.Web.Features.Following;

namespace ComunidadPyme.UnitTests.Core.Following;

public sealed class SubscriptionTests
{
    private static readonly DateTime s_confirmed = new(2026, 1, 31, 9, 0, 0, DateTimeKind.Utc);

    private static Subscription Confirmed(DigestFrequency frequency)
    {
        var subscription = new Subscription { Frequency = frequency };
        subscription.Confirm(s_confirmed);
        return subscription;
    }

    [Fact]
    public void IsDueAWeekOrAMonthAfterTheLastDigestAndNeverBeforeConfirmation()
    {
        Assert.False(new Subscription().IsDueOn(s_confirmed.AddYears(1)));
        Assert.False(Confirmed(DigestFrequency.Weekly).IsDueOn(s_confirmed.AddDays(7).AddSeconds(-1)));
        Assert.True(Confirmed(DigestFrequency.Weekly).IsDueOn(s_confirmed.AddDays(7)));
        Assert.False(Confirmed(DigestFrequency.Monthly).IsDueOn(new DateTime(2026, 2, 27, 9, 0, 0, DateTimeKind.Utc)));
        Assert.True(Confirmed(DigestFrequency.Monthly).IsDueOn(new DateTime(2026, 2, 28, 9, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void ConfirmsOnlyOnce()
    {
        var subscription = new Subscription();

        Assert.True(subscription.Confirm(s_confirmed));
        Assert.False(subscription.Confirm(s_confirmed.AddHours(1)));
        Assert.Equal(s_confirmed, subscription.ConfirmedAtUtc);
    }

    [Theory]
    [InlineData("someone@mailinator.com", true)]
    [InlineData("SOMEONE@YOPMAIL.COM", true)]
    [InlineData("ministra@produccion.gob.ar", false)]
    [InlineData("mailinator.com@gmail.com", false)]
    public void TellsThrowAwayMailboxesApart(string address, bool disposable)
    {
        Assert.Equal(disposable, FollowFormValidator.IsDisposable(address));
    }
}
