namespace InternalTthc.Bot.Channels.Zalo;

/// <summary>What a webhook event is to the bot (../shared/docs/zalo-oa.md §1.3).</summary>
public enum ZaloEventKind
{
    /// <summary>An event the channel does not know: answered 200, logged, not kept.</summary>
    Unknown,

    /// <summary><c>user_send_*</c>: text (a button's payload comes back as text too), a picture, a file, a sticker...</summary>
    UserMessage,
    Follow,
    Unfollow,

    /// <summary><c>user_submit_info</c>: the person shared his name and phone number through the request-user-info form.</summary>
    SharedInfo,

    /// <summary><c>oa_send_*</c>: a message the OA sent, the bot's own or one a person typed in the OA's chat.</summary>
    OaEcho,

    /// <summary>Delivery and read receipts, tags, reactions: nothing to do.</summary>
    Receipt,
}
