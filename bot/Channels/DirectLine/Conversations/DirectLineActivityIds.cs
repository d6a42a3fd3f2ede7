using System.Globalization;
using System.Security.Cryptography;

namespace InternalTthc.Bot.Channels.DirectLine.Conversations;

/// <summary>Ids as Azure's Direct Line makes them: <c>{conversationId}|{sequence:D7}</c>; the sequence is the watermark.</summary>
public static class DirectLineActivityIds
{
    public static string Format(string conversationId, long sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"{conversationId}|{sequence:D7}");

    /// <summary>The sequence of an id of <paramref name="conversationId"/>; false for any other id.</summary>
    public static bool TryParse(string? activityId, string conversationId, out long sequence)
    {
        sequence = 0;
        return activityId is not null && activityId.StartsWith(conversationId + "|", StringComparison.Ordinal)
            && long.TryParse(activityId.AsSpan(conversationId.Length + 1), NumberStyles.None, CultureInfo.InvariantCulture, out sequence);
    }

    /// <summary>A new conversation id: 128 random bits, URL-safe, never containing '|'.</summary>
    public static string NewConversationId() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(16))
        .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Reads a client's watermark; empty means from the start, anything not a number is refused.</summary>
    public static bool TryParseWatermark(string? watermark, out long sequence)
    {
        sequence = 0;
        return string.IsNullOrEmpty(watermark)
            || long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out sequence);
    }
}
