using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using InternalTthc.Cards.Model;
using InternalTthc.Cards.Texts;

namespace InternalTthc.Cards.Rendering;

/// <summary>
/// Renders a <see cref="Card"/> read-only as HTML for a web page (the case page): facts as description lists, lists as
/// real tables, links as links; buttons that act and inputs are left to the chat. Everything is HTML-encoded.
/// </summary>
public sealed class HtmlCardRenderer
{
    // Vietnamese stays readable in the source of the page; markup characters are still encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public string Render(Card card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var html = new StringBuilder();
        foreach (var element in card.Body)
        {
            Append(html, element);
        }

        return html.ToString();
    }

    private static void Append(StringBuilder html, CardElement element)
    {
        switch (element)
        {
            case TextElement { Role: TextRole.Title } t: html.Append($"<h1>{E(t.Text)}</h1>\n"); break;
            case TextElement { Role: TextRole.Heading } t: html.Append($"<h2>{E(t.Text)}</h2>\n"); break;
            case TextElement { Role: TextRole.Subheading } t: html.Append($"<h3>{E(t.Text)}</h3>\n"); break;
            case TextElement t: html.Append($"<p class=\"{t.Role.ToString().ToLowerInvariant()}\">{E(t.Text)}</p>\n"); break;
            case FactsElement f:
                html.Append("<dl>");
                foreach (var fact in f.Facts) html.Append($"<dt>{E(fact.Title)}</dt><dd>{E(fact.Value)}</dd>");
                html.Append("</dl>\n");
                break;
            case TableElement t:
                html.Append($"<div class=\"table\"><table><thead><tr><th scope=\"col\">{E(CardText.Get("TableRowNumber"))}</th>");
                foreach (var column in t.Columns) html.Append($"<th scope=\"col\">{E(column)}</th>");
                html.Append("</tr></thead><tbody>");
                foreach (var (row, i) in t.Rows.Select((r, i) => (r, i + 1)))
                {
                    html.Append($"<tr><td>{i}</td>{string.Concat(row.Cells.Select(c => $"<td>{E(c)}</td>"))}</tr>");
                }

                html.Append("</tbody></table></div>\n");
                break;
            case ButtonGroup g when g.Buttons.Any(b => b.Url is not null):
                html.Append("<ul class=\"links\">");
                foreach (var b in g.Buttons.Where(b => b.Url is not null)) html.Append($"<li><a href=\"{E(b.Url!.ToString())}\">{E(b.Title)}</a></li>");
                html.Append("</ul>\n");
                break;
            case ImageElement i: html.Append($"<img class=\"qr\" src=\"{E(i.DataUrl)}\" alt=\"{E(i.AltText)}\">\n"); break;
            default: break; // buttons that act and inputs belong to the chat
        }
    }

    private static string E(string text) => Encoder.Encode(text);
}
