using ComunidadPyme.Core.Common;
using ComunidadPyme.Infrastructure.Data.Changes;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace ComunidadPyme.UnitTests.Infrastructure.Data.Changes;

public sealed class CountryChangeNotifierTests
{
    [Fact]
    public async Task AFailingListenerNeitherThrowsNorStopsTheOthersAndIsRetriedWithEveryCountryItMissed()
    {
        var failing = new Mock<ICountryDataChangeListener>();
        failing.SetupSequence(l => l.CountryDataChangedAsync(It.IsAny<IReadOnlyCollection<int>>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("index locked"))
            .ThrowsAsync(new InvalidOperationException("index locked"))
            .Returns(Task.CompletedTask);
        var healthy = new Mock<ICountryDataChangeListener>();
        var notifier = new CountryChangeNotifier([failing.Object, healthy.Object], NullLogger<CountryChangeNotifier>.Instance);

        await notifier.NotifyAsync([1]);
        await notifier.NotifyAsync([2, 3]);

        healthy.Verify(l => l.CountryDataChangedAsync(It.IsAny<IReadOnlyCollection<int>>(), It.IsAny<CancellationToken>()), Times.Exactly(2));
        Assert.Equal(3, Assert.Single(notifier.Pending).Value);

        await notifier.RetryPendingAsync(CancellationToken.None);

        failing.Verify(l => l.CountryDataChangedAsync(
            It.Is<IReadOnlyCollection<int>>(c => c.OrderBy(id => id).SequenceEqual(new[] { 1, 2, 3 })), CancellationToken.None), Times.Once);
        Assert.Empty(notifier.Pending);
    }

    [Fact]
    public async Task AListenerThatFailsAgainStaysPending()
    {
        var failing = new Mock<ICountryDataChangeListener>();
        failing.Setup(l => l.CountryDataChangedAsync(It.IsAny<IReadOnlyCollection<int>>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new IOException("disk full"));
        var notifier = new CountryChangeNotifier([failing.Object], NullLogger<CountryChangeNotifier>.Instance);

        await notifier.NotifyAsync([7]);
        await notifier.RetryPendingAsync(CancellationToken.None);

        Assert.Equal(1, Assert.Single(notifier.Pending).Value);
    }
}
