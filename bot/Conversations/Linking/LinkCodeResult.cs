namespace InternalTthc.Bot.Conversations.Linking;

/// <summary>What sending a link code did: the person now linked, or nothing (a wrong or old code, or too many tries).</summary>
public sealed record LinkCodeResult(Guid? PersonId, bool TooManyTries);
