namespace InternalTthc.Bot.Channels.Zalo;

/// <summary>One button of a consultation message: a query (its string payload comes back as the user's text) or a link.</summary>
public sealed record ZaloButton(string Title, string Type, string Payload);
