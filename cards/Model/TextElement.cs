namespace InternalTthc.Cards.Model;

/// <summary>A block of text, always shown as written (never read as markdown): much of what cards show was typed by someone.</summary>
public sealed record TextElement(string Text, TextRole Role = TextRole.Body) : CardElement;
