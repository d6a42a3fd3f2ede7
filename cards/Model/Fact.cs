namespace InternalTthc.Cards.Model;

public sealed record Fact(string Title, string Value)
{
    /// <summary>The value is text people typed: shown as typed, never read as markdown.</summary>
    public bool Literal { get; init; }
}
