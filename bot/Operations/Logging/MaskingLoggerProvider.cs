namespace InternalTthc.Bot.Operations.Logging;

/// <summary>Wraps a logging provider (the console, the journal, a test's list) so every line it writes is masked.</summary>
/// <param name="owned">Whether disposing the wrapper disposes the provider (not one registered as an instance by its owner).</param>
public sealed class MaskingLoggerProvider(ILoggerProvider inner, bool owned) : ILoggerProvider, ISupportExternalScope
{
    public ILogger CreateLogger(string categoryName) => new MaskingLogger(inner.CreateLogger(categoryName));

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => (inner as ISupportExternalScope)?.SetScopeProvider(scopeProvider);

    public void Dispose()
    {
        if (owned)
        {
            inner.Dispose();
        }
    }
}
