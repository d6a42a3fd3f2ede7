namespace InternalTthc.Core.Tests.Calendar;

/// <summary>A clock that says what the test sets (the Microsoft.Extensions.TimeProvider.Testing fake is not restorable here).</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();
}
