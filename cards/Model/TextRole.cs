namespace InternalTthc.Cards.Model;

public enum TextRole
{
    Title,
    Heading,
    Body,
    Subtle,
    Good,
    Warning,
    Attention,
}
