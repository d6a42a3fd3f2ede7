using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Core.Text;

namespace InternalTthc.Bot.Channels;

/// <summary>How a text channel's typed answer picks one of the numbered choices it last showed (the terminal, Zalo).</summary>
public static class TextChoices
{
    /// <summary>The choice a typed answer names: its number, or its title or command without regard to accents.</summary>
    public static CardAction? Choose(IReadOnlyList<CardAction> choices, string typed)
    {
        ArgumentNullException.ThrowIfNull(choices);
        ArgumentNullException.ThrowIfNull(typed);
        if (int.TryParse(typed.Trim().TrimEnd('.'), out var n) && n >= 1 && n <= choices.Count)
        {
            return choices[n - 1];
        }

        var key = VietnameseText.Fold(typed);
        return choices.FirstOrDefault(c => VietnameseText.Fold(c.Title ?? "\0") == key || (c.Text is { } t && VietnameseText.Fold(t) == key));
    }
}
