namespace InternalTthc.Cards.Model;

public enum TextRole
{
    Title,
    Heading,

    /// <summary>A part within a heading's section (an annex list, the files).</summary>
    Subheading,
    Body,
    Subtle,
    Good,
    Warning,
    Attention,
}
