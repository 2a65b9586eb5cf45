namespace Rgiem.Cli.Tests.Support;

/// <summary>A clock that always says the same time, so that defaults taken from "today" are deterministic.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
