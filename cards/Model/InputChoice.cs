namespace InternalTthc.Cards.Model;

public sealed record InputChoice(string Value, string Title);
