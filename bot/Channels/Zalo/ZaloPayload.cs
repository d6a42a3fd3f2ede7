using InternalTthc.Bot.Channels.BotFramework.Schema;

namespace InternalTthc.Bot.Channels.Zalo;

/// <summary>A button's short opaque payload and the choice it stands for: the choice's data never leaves the server.</summary>
public sealed record ZaloPayload(string Id, CardAction Choice)
{
    /// <summary>How a payload comes back as the user's text: hidden, prefixed, not something people type.</summary>
    public const string Prefix = "#a:";
}
