namespace InternalTthc.Cards.Model;

public sealed record TextElement(string Text, TextRole Role = TextRole.Body) : CardElement
{
    /// <summary>Text people typed: shown as typed, never read as markdown (a link in a question must not become one).</summary>
    public bool Literal { get; init; }
}
