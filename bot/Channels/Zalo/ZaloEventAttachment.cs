namespace InternalTthc.Bot.Channels.Zalo;

/// <summary>A file, picture or other item a user's message carries (<c>message.attachments[]</c>).</summary>
public sealed record ZaloEventAttachment(string Type, string? Url, string? Name, long? Size);
