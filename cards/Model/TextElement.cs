namespace InternalTthc.Cards.Model;

public sealed record TextElement(string Text, TextRole Role = TextRole.Body) : CardElement;
