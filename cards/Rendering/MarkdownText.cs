using System.Text;

namespace InternalTthc.Cards.Rendering;

/// <summary>Typed text for hosts that read text blocks as markdown (Teams, Web Chat): each character that could make a link or formatting is escaped.</summary>
public static class MarkdownText
{
    // Links and images need [ ] (and < > for autolinks); the others bold, strike, quote or head the text. ( ) alone cannot link.
    private const string Special = "\\`*_[]#<>~";

    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (Special.Contains(c, StringComparison.Ordinal)) escaped.Append('\\');
            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
