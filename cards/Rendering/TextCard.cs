using InternalTthc.Cards.Model;

namespace InternalTthc.Cards.Rendering;

/// <summary>A card as plain text, with the buttons in the order their numbers were printed.</summary>
public sealed record TextCard(string Text, IReadOnlyList<CardButton> Choices);
