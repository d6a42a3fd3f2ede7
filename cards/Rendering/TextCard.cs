using InternalTthc.Cards.Model;

namespace InternalTthc.Cards.Rendering;

/// <summary>
/// A card as plain text: the buttons that send data back in the order their numbers were printed, and the links. When
/// <see cref="ButtonsApart"/>, the channel shows both as its own buttons and the text does not list them.
/// </summary>
public sealed record TextCard(string Text, IReadOnlyList<CardButton> Choices, IReadOnlyList<CardButton> Links, bool ButtonsApart = false)
{
    /// <summary>The stored files the channel sends as files of their own, after the text (their links are left out).</summary>
    public IReadOnlyList<CardFile> Files { get; init; } = [];

    /// <summary>The link each of <see cref="Files"/> had on the card: the way to it, should the channel fail to send it.</summary>
    public IReadOnlyDictionary<CardFile, Uri> FileLinks { get; init; } = new Dictionary<CardFile, Uri>();
}
