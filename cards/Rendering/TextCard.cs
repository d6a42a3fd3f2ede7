using InternalTthc.Cards.Model;

namespace InternalTthc.Cards.Rendering;

/// <summary>A card as plain text, with the buttons in the order their numbers were printed.</summary>
public sealed record TextCard(string Text, IReadOnlyList<CardButton> Choices)
{
    /// <summary>The button a typed answer names: its number, its command, or its title (accents and case aside).</summary>
    public CardButton? Match(string typed)
    {
        var t = typed.Trim();
        if (int.TryParse(t.TrimEnd('.'), out var n) && n >= 1 && n <= Choices.Count)
        {
            return Choices[n - 1];
        }

        var key = Core.Text.VietnameseText.Fold(t);
        return Choices.FirstOrDefault(c => Core.Text.VietnameseText.Fold(c.Command ?? "\0") == key || Core.Text.VietnameseText.Fold(c.Title) == key);
    }
}
