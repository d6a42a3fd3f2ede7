namespace InternalTthc.Cards.Model;

/// <summary>Buttons inside the body, under an optional heading (a menu grouped by field).</summary>
public sealed record ButtonGroup(IReadOnlyList<CardButton> Buttons) : CardElement;
