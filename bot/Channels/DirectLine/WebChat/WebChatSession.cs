namespace InternalTthc.Bot.Channels.DirectLine.WebChat;

/// <summary>What the page learns at load: who is signed in, else why not, and whether the demo picker is offered.</summary>
public sealed record WebChatSession(WebChatPerson? Person, bool Demo, string? Problem);
