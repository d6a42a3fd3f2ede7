namespace InternalTthc.Bot.Tests.Fuzzing;

/// <summary>
/// One door of the service the fuzzer knocks on: it makes one generated input from <paramref name="rng"/>, sends it, and says
/// what came back. A new door (the Zalo webhook) is one more target in <see cref="FuzzTests"/>' list.
/// </summary>
public interface IFuzzTarget
{
    string Name { get; }

    /// <summary>The share of the inputs this target gets, relative to the others.</summary>
    int Weight { get; }

    /// <summary>The status (an HTTP status, or 0 for an in-process reader that answered) or the finding: a 5xx not by design, or an exception.</summary>
    Task<FuzzResult> SendAsync(Random rng, CancellationToken cancellationToken);
}
