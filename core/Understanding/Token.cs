namespace InternalTthc.Core.Understanding;

/// <summary>
/// One piece of typed text: where it sits in the original string, its lower-case NFC form (to
/// tell "tối" from "tôi" when the writer used diacritics) and its folded form ("toi").
/// Punctuation is kept as tokens that are not words, so phrases do not match across a comma.
/// </summary>
internal readonly record struct Token(int Start, int Length, string Lower, string Folded, bool IsWord)
{
    public int End => Start + Length;

    /// <summary>True when the writer typed diacritics on this word, so <see cref="Lower"/> can be trusted over <see cref="Folded"/>.</summary>
    public bool HasDiacritics => Lower != Folded;
}
