using System.Globalization;
using System.Text;
using InternalTthc.Core.Text;

namespace InternalTthc.Core.Understanding;

/// <summary>
/// Splits typed text into <see cref="Token"/>s. A word is a run of letters, combining marks and
/// digits; ':', '/', '-', '.', '_' and '@' between two such characters stay inside it, so "15:30",
/// "30/4", "LCU-2026-00042" and "e-mail" are one token each. Offsets refer to the original text,
/// composed or decomposed.
/// </summary>
internal static class Tokenizer
{
    public static IReadOnlyList<Token> Split(string text)
    {
        var tokens = new List<Token>();
        int i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }
            int start = i;
            if (IsWordChar(text[i]))
            {
                while (i < text.Length && (IsWordChar(text[i]) || (IsJoiner(text[i]) && i + 1 < text.Length && IsWordChar(text[i + 1]) && i > start)))
                {
                    i++;
                }
                tokens.Add(Word(text, start, i - start));
            }
            else
            {
                // A surrogate pair (an emoji) is one sign, never two halves.
                i += char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                var sign = text[start..i];
                tokens.Add(new Token(start, i - start, sign, sign, IsWord: false));
            }
        }
        return tokens;
    }

    private static Token Word(string text, int start, int length)
    {
        var surface = text.Substring(start, length);
        var lower = surface.Normalize(NormalizationForm.FormC).ToLowerInvariant();
        return new Token(start, length, lower, VietnameseText.Fold(surface), IsWord: true);
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c)
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool IsJoiner(char c) => c is ':' or '/' or '-' or '.' or '_' or '@';
}
