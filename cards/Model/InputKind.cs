namespace InternalTthc.Cards.Model;

public enum InputKind
{
    Text,
    LongText,
    Email,
    Phone,
    Number,
    Date,
    Time,
    Choice,
    MultiChoice,
}
