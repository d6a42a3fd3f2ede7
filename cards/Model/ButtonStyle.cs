namespace InternalTthc.Cards.Model;

public enum ButtonStyle
{
    Default,
    Positive,
    Destructive,
}
