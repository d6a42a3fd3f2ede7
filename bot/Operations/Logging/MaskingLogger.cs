namespace InternalTthc.Bot.Operations.Logging;

/// <summary>A logger that hands its provider only masked messages, values and exceptions.</summary>
public sealed class MaskingLogger(ILogger inner) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => inner.BeginScope(state);

    public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        if (!inner.IsEnabled(logLevel))
        {
            return;
        }

        var masked = new MaskedLogState(state, formatter(state, exception));
        inner.Log(logLevel, eventId, masked, exception is null ? null : new MaskedException(exception), static (s, _) => s.ToString());
    }
}
