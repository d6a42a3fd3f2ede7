namespace InternalTthc.Cards.Cases;

public enum StageState
{
    Done,
    Current,
    ToCome,
}
