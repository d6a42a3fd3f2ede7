using System.Text;
using InternalTthc.Cards.Model;

namespace InternalTthc.Cards.Rendering;

/// <summary>Renders a <see cref="Card"/> as plain text for channels without cards (Zalo, the terminal).</summary>
public sealed class PlainTextRenderer
{
    public TextCard Render(Card card)
    {
        var text = new StringBuilder();
        var choices = new List<CardButton>();
        foreach (var element in card.Body)
        {
            Append(text, element, choices);
        }

        AppendButtons(text, card.Actions, choices);
        return new TextCard(text.ToString().TrimEnd(), choices);
    }

    private static void Append(StringBuilder text, CardElement element, List<CardButton> choices)
    {
        switch (element)
        {
            case TextElement { Role: TextRole.Title or TextRole.Heading } t:
                if (text.Length > 0) text.AppendLine();
                text.AppendLine(t.Text.ToUpperInvariant() == t.Text ? t.Text : $"【{t.Text}】");
                break;
            case TextElement { Role: TextRole.Subheading } t:
                text.AppendLine($"{t.Text}:");
                break;
            case TextElement t:
                text.AppendLine(t.Role == TextRole.Attention ? $"⚠ {t.Text}" : t.Text);
                break;
            case FactsElement f:
                foreach (var fact in f.Facts) text.AppendLine($"• {fact.Title}: {fact.Value}");
                break;
            case TableElement t:
                foreach (var row in t.Rows)
                {
                    text.AppendLine($"▸ {row.Title}");
                    foreach (var (column, cell) in t.Columns.Zip(row.Cells).Where(c => c.Second.Length > 0)) text.AppendLine($"  • {column}: {cell}");
                }

                break;
            case ImageElement:
                break; // a QR code: the link beside it says the same in text
            case InputElement i:
                // Text channels ask one question at a time; a card's inputs are listed for reference.
                text.AppendLine(i.Value is { Length: > 0 } v ? $"• {i.Label}: {v}" : $"• {i.Label}{(i.Required ? " (*)" : "")}");
                if (i.Error is not null) text.AppendLine($"  ⚠ {i.Error}");
                break;
            case ButtonGroup g:
                AppendButtons(text, g.Buttons, choices);
                break;
            default:
                throw new NotSupportedException($"No text rendering for {element.GetType().Name}.");
        }
    }

    private static void AppendButtons(StringBuilder text, IEnumerable<CardButton> buttons, List<CardButton> choices)
    {
        foreach (var b in buttons)
        {
            if (b.Url is { } url)
            {
                text.AppendLine($"  • {b.Title}: {url}");
                continue;
            }

            choices.Add(b);
            text.AppendLine(b.Command is null ? $"  {choices.Count}. {b.Title}" : $"  {choices.Count}. {b.Title} (gõ \"{b.Command}\")");
        }
    }
}
