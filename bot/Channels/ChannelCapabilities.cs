namespace InternalTthc.Bot.Channels;

/// <summary>
/// What one channel can do, so that conversation and notification code asks the channel's abilities instead of
/// comparing channel names. <see cref="ChannelRegistry"/> holds one per channel.
/// </summary>
public sealed record ChannelCapabilities
{
    /// <summary>The channel's name as people know it, for texts that say where a message went.</summary>
    public string Name { get; init; } = "";

    /// <summary>Shows Adaptive Cards; otherwise text with numbered choices, and forms ask one question at a time.</summary>
    public bool ShowsCards { get; init; }

    /// <summary>Runs Universal Actions (Teams' <c>Action.Execute</c>, answered by <c>adaptiveCard/action</c>, cards refreshed per viewer).</summary>
    public bool UniversalActions { get; init; }

    /// <summary>Asks cards for the full width of the conversation (Teams draws them narrow otherwise).</summary>
    public bool FullWidthCards { get; init; }

    /// <summary>A message already sent can be replaced (a pressed card redrawn, a shown case card kept current).</summary>
    public bool UpdatesInPlace { get; init; }

    /// <summary>How people hand in files on the channel, which says where their bytes may be read from.</summary>
    public FileSource FilesIn { get; init; }

    /// <summary>
    /// The stored files a text message delivers as files of their own (Zalo: pictures and documents, uploaded first) instead
    /// of links; on channels that show cards the card's signed links stay the way to them.
    /// </summary>
    public FileDelivery FilesOut { get; init; } = FileDelivery.None;

    /// <summary>The most buttons one message may carry; null when the channel sets no limit the bot must keep to.</summary>
    public int? MaxButtons { get; init; }

    /// <summary>Renders markdown in text (typed text is then escaped to be shown literally).</summary>
    public bool Markdown { get; init; }

    /// <summary>The bot may write first: notifications, reminders, a relayed message.</summary>
    public bool Proactive { get; init; }

    /// <summary>
    /// How long after the person's last message the bot may still write to him (Zalo: 7 days); later, what is for him goes
    /// to another channel of his or waits for his next message. Null: no such limit.
    /// </summary>
    public TimeSpan? ContactWindow { get; init; }

    /// <summary>The channel can ask the person to share the phone number it knows (Zalo's request-user-info form), to link him.</summary>
    public bool AsksForPhone { get; init; }

    public bool TypingIndicator { get; init; }

    /// <summary>Takes <c>event</c> activities (the Bot Framework's <c>handoff.status</c>) without showing them as messages.</summary>
    public bool Events { get; init; }

    /// <summary>A conversation outlives the turn, so its stored reference can be written to later (not a closed terminal session).</summary>
    public bool KeepsConversations { get; init; }

    /// <summary>
    /// Our own channel vouches for the signed-in login (our Direct Line's tokens, the terminal run on the host): a user id
    /// counts as that login only when the turn carries the vouch, never when another client sends the same channel id.
    /// </summary>
    public bool VouchesForLogin { get; init; }

    /// <summary>
    /// What is sent is a row of the service's own store (our Direct Line), so a send and its delivery record can be one
    /// transaction; over HTTP a send cannot be undone.
    /// </summary>
    public bool SendsToStore { get; init; }

    /// <summary>
    /// The channel names its users' Microsoft Entra identity (Teams' <c>aadObjectId</c>, and the UPN in its members call), so an
    /// account linked to nobody is linked to the directory person with that identity at its first authenticated message.
    /// </summary>
    public bool EntraIdentities { get; init; }

    /// <summary>Group chats or team channels exist, where every member reads what the bot sends.</summary>
    public bool SharedConversations { get; init; }
}
