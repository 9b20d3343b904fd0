namespace ComunidadPyme.UnitTests.Support;

/// <summary>A clock stopped at one moment, so "the future" means the same thing on every run.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
