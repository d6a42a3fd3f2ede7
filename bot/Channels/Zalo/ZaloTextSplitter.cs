using System.Text;

namespace InternalTthc.Bot.Channels.Zalo;

/// <summary>
/// Cuts text into Zalo messages: NFC first (decomposed Vietnamese is about a quarter longer), then pieces of at most
/// <see cref="ZaloMessage.MaxTextLength"/> characters ending at a paragraph, a line, a sentence or a word where one can.
/// </summary>
public static class ZaloTextSplitter
{
    private static readonly string[] Boundaries = ["\n\n", "\n", ". ", "? ", "! ", "; ", " "];

    public static IReadOnlyList<string> Split(string text, int max = ZaloMessage.MaxTextLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rest = text.Normalize(NormalizationForm.FormC).Trim();
        var pieces = new List<string>();
        while (rest.Length > max)
        {
            var cut = Cut(rest, max);
            pieces.Add(rest[..cut].TrimEnd());
            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0) pieces.Add(rest);
        return pieces;
    }

    /// <summary>Where the first piece ends: after the last boundary that fits, else at <paramref name="max"/> (never inside a surrogate pair).</summary>
    private static int Cut(string text, int max)
    {
        foreach (var boundary in Boundaries)
        {
            var at = text.LastIndexOf(boundary, max - 1, StringComparison.Ordinal);
            // A piece much shorter than it may be would only make more messages: a boundary in the first half is not taken.
            if (at >= max / 2) return at + boundary.Length;
        }

        return char.IsHighSurrogate(text[max - 1]) ? max - 1 : max;
    }
}
