using InternalTthc.Cards.Model;

namespace InternalTthc.Cards.Rendering;

/// <summary>
/// A card as plain text: the buttons that send data back in the order their numbers were printed, and the links. When
/// <see cref="ButtonsApart"/>, the channel shows both as its own buttons and the text does not list them.
/// </summary>
public sealed record TextCard(string Text, IReadOnlyList<CardButton> Choices, IReadOnlyList<CardButton> Links, bool ButtonsApart = false);
