using InternalTthc.Bot.Channels.BotFramework.Schema;

namespace InternalTthc.Bot.Channels.DirectLine.Conversations;

/// <summary>Direct Line's <c>{activities, watermark}</c>: an answer to polling and one frame of the stream.</summary>
public sealed record ActivitySet(IReadOnlyList<Activity> Activities, string Watermark);
