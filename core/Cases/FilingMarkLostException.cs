namespace InternalTthc.Core.Cases;

/// <summary>The form's state moved past the <see cref="FilingMark"/>'s version (another press filed it first); nothing was saved.</summary>
public sealed class FilingMarkLostException(string stateKey) : Exception($"The state '{stateKey}' was saved by someone else first.")
{
    public string StateKey { get; } = stateKey;
}
