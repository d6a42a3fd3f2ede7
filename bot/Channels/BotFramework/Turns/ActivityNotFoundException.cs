namespace InternalTthc.Bot.Channels.BotFramework.Turns;

/// <summary>A channel handled in process (our own Direct Line) has no such message in the conversation to update or delete.</summary>
public sealed class ActivityNotFoundException(string message) : InvalidOperationException(message);
