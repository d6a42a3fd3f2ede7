using System.Text;

namespace InternalTthc.Cards.Rendering;

/// <summary>
/// Text for hosts that read text blocks and facts as markdown (Teams, Web Chat): every character that could make a link
/// (written or linkified), markup or formatting is escaped, and so is a line start that would make a list, so the text
/// shows exactly as written.
/// </summary>
public static class MarkdownText
{
    // Links and images need [ ] (and < > for autolinks and HTML); & starts an entity; the others bold, strike, quote, head or make a table.
    private const string Special = "\\`*_[]#<>~&|";

    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Most texts (names, menu lines) need no escape: they are returned as they are, not copied for every card.
        if (!Escape(text, null))
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 8);
        Escape(text, escaped);
        return escaped.ToString();
    }

    /// <summary>Whether any character of <paramref name="text"/> needs an escape; the text escaped into <paramref name="escaped"/> when given.</summary>
    private static bool Escape(string text, StringBuilder? escaped)
    {
        var any = false;
        var lineStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (Special.Contains(c, StringComparison.Ordinal) || (lineStart && c is '-' or '+') || (c is '.' or ')' && AfterLeadingNumber(text, i))
                || LinkPart(text, i))
            {
                if (escaped is null) return true;
                any = true;
                escaped.Append('\\');
            }

            escaped?.Append(c);
            lineStart = c == '\n' || (lineStart && c is ' ' or '\t');
        }

        return any;
    }

    /// <summary>
    /// A ':' before "//", or a '.' or '@' between letters or digits: hosts linkify a URL, a domain or an e-mail address
    /// in plain text; an escape splits the text there (markdown-it keeps escapes apart until after linkify), so none is made.
    /// </summary>
    private static bool LinkPart(string text, int at) => text[at] switch
    {
        ':' => at + 2 < text.Length && text[at + 1] == '/' && text[at + 2] == '/',
        '.' or '@' => at > 0 && at + 1 < text.Length && char.IsLetterOrDigit(text[at - 1]) && char.IsLetterOrDigit(text[at + 1]),
        _ => false,
    };

    /// <summary>"12." or "3)" at the start of a line (after spaces) is an ordered list item in markdown.</summary>
    private static bool AfterLeadingNumber(string text, int at)
    {
        var start = at;
        while (start > 0 && char.IsAsciiDigit(text[start - 1])) start--;
        if (start == at) return false;
        while (start > 0 && text[start - 1] is ' ' or '\t') start--;
        return start == 0 || text[start - 1] == '\n';
    }
}
