using System.Text;
using InternalTthc.Cards.Model;
using InternalTthc.Cards.Texts;
using InternalTthc.Core.Files;

namespace InternalTthc.Cards.Rendering;

/// <summary>Renders a <see cref="Card"/> as plain text for channels without cards (Zalo, the terminal).</summary>
public sealed class PlainTextRenderer
{
    /// <param name="maxButtons">
    /// How many buttons the channel shows beside the text (Zalo: 5); when the card's buttons and links fit, the text
    /// leaves them to the channel, otherwise it numbers the choices and prints the links. Null: the text lists them all.
    /// </param>
    /// <param name="delivers">
    /// Which stored files the channel sends as files of their own (null: none, links only). A link to such a file gives way
    /// to the file, the text saying it follows; a link to a file the channel cannot send stays, the text saying why.
    /// </param>
    public TextCard Render(Card card, int? maxButtons = null, Func<CardFile, bool>? delivers = null)
    {
        var sent = Buttons(card).Select(b => b.File).OfType<CardFile>().Where(f => delivers?.Invoke(f) == true).Distinct().ToList();
        var all = Buttons(card).Where(b => b.File is null || !sent.Contains(b.File)).ToList();
        var rendering = new Rendering(new StringBuilder(), [], maxButtons is { } max && all.Count <= max, sent, delivers is not null);
        foreach (var element in card.Body)
        {
            Append(rendering, element);
        }

        AppendButtons(rendering, card.Actions);
        return new TextCard(rendering.Text.ToString().TrimEnd(), rendering.Choices, [.. all.Where(b => b.Url is not null)], rendering.Apart)
        {
            Files = [.. sent],
            FileLinks = Buttons(card).Where(b => b is { File: not null, Url: not null } && sent.Contains(b.File)).DistinctBy(b => b.File).ToDictionary(b => b.File!, b => b.Url!),
        };
    }

    private static IEnumerable<CardButton> Buttons(Card card) =>
        card.Body.OfType<ButtonGroup>().SelectMany(g => g.Buttons).Concat(card.Actions);

    private static void Append(Rendering r, CardElement element)
    {
        var text = r.Text;
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
                AppendButtons(r, g.Buttons);
                break;
            default:
                throw new NotSupportedException($"No text rendering for {element.GetType().Name}.");
        }
    }

    private static void AppendButtons(Rendering r, IEnumerable<CardButton> buttons)
    {
        foreach (var b in buttons)
        {
            if (b.File is { } file && r.FilesOut)
            {
                // Said in the text either way: the file follows as a message of its own, or only its link can bring it.
                var size = FileSizes.Format(file.Size);
                r.Text.AppendLine(r.Sent.Contains(file) ? $"📎 {CardText.Get("FileFollows", null, file.Name, size)}" : $"⚠ {CardText.Get("FileNotSent", null, file.Name, size)}");
                if (r.Sent.Contains(file)) continue;
            }

            if (b.Url is { } url)
            {
                if (!r.Apart) r.Text.AppendLine($"  • {b.Title}: {url}");
                continue;
            }

            r.Choices.Add(b);
            if (!r.Apart) r.Text.AppendLine(b.Command is null ? $"  {r.Choices.Count}. {b.Title}" : $"  {r.Choices.Count}. {b.Title} (gõ \"{b.Command}\")");
        }
    }

    /// <summary>One rendering's text and numbered choices so far, whether buttons go apart, the files sent as themselves, whether the channel sends any.</summary>
    private sealed record Rendering(StringBuilder Text, List<CardButton> Choices, bool Apart, IReadOnlyList<CardFile> Sent, bool FilesOut);
}
