using System.Collections.Frozen;
using InternalTthc.Bot.Channels.BotFramework.Schema;

namespace InternalTthc.Bot.Channels;

/// <summary>
/// The one description of each channel the bot serves, by channel id. A channel not listed gets <see cref="Unknown"/>:
/// plain text, nothing updated, no files taken, no login believed.
/// </summary>
public static class ChannelRegistry
{
    /// <summary>What any channel can do: show text and be written to again.</summary>
    public static ChannelCapabilities Unknown { get; } = new() { Proactive = true, KeepsConversations = true };

    private static readonly ChannelCapabilities AdaptiveCards = new()
    {
        ShowsCards = true, UpdatesInPlace = true, Markdown = true, Proactive = true, TypingIndicator = true, KeepsConversations = true,
    };

    private static readonly FileDelivery ZaloFilesOut = new(new Dictionary<string, long>
    {
        ["image/jpeg"] = 1 << 20, ["image/png"] = 1 << 20,
        ["application/pdf"] = 5 << 20, ["application/msword"] = 5 << 20, ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"] = 5 << 20,
    });

    private static readonly FrozenDictionary<string, ChannelCapabilities> Known = new Dictionary<string, ChannelCapabilities>
    {
        [ChannelIds.Msteams] = AdaptiveCards with
        {
            Name = "Microsoft Teams", UniversalActions = true, FullWidthCards = true, FilesIn = FileSource.TeamsFile, SharedConversations = true, EntraIdentities = true,
        },
        // Our own Direct Line: Web Chat shows an updated activity in place of the old one.
        [ChannelIds.Directline] = AdaptiveCards with { Name = "Web Chat", FilesIn = FileSource.DirectLineUpload, VouchesForLogin = true, SendsToStore = true, Events = true },
        // Azure's Web Chat channel: its ids are linked by administrators, its uploads are not ours; our Direct Line carries its sends.
        [ChannelIds.Webchat] = AdaptiveCards with { Name = "Web Chat", SendsToStore = true, Events = true },
        [ChannelIds.Emulator] = AdaptiveCards with { Name = "Bot Framework Emulator", Events = true },
        // A session on the host: text only, gone when it ends.
        [ChannelIds.Terminal] = new() { Name = "terminal", FilesIn = FileSource.TerminalFile, VouchesForLogin = true },
        // Zalo OA customer-service messages: text with up to five buttons (community code's number; none is published),
        // nothing edited once sent, files both ways, writable for 7 days after the person's last message (error -230 after),
        // the phone number asked with Zalo's own form, pictures (jpg, png up to 1 MB) and documents (pdf, doc, docx up to
        // 5 MB) uploaded and sent as themselves (../shared/docs/zalo-oa.md §2.2).
        [ChannelIds.Zalo] = new()
        {
            Name = "Zalo", FilesIn = FileSource.ZaloFile, FilesOut = ZaloFilesOut, MaxButtons = 5, Proactive = true, KeepsConversations = true,
            ContactWindow = TimeSpan.FromDays(7), AsksForPhone = true,
        },
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The channels whose cards refresh themselves for the users listed (a card's refresh list names their accounts).</summary>
    public static IReadOnlyList<string> WithUniversalActions { get; } = [.. Known.Where(c => c.Value.UniversalActions).Select(c => c.Key)];

    public static ChannelCapabilities For(string? channelId) =>
        channelId is not null && Known.TryGetValue(channelId, out var known) ? known : Unknown;
}
