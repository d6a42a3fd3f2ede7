namespace InternalTthc.Core.Understanding;

/// <summary>Where a match sits in the original text (UTF-16 offsets, as typed: composed or decomposed).</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public string Of(string text) => text.Substring(Start, Length);
}
