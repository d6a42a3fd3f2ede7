namespace InternalTthc.Bot.Channels.Zalo;

/// <summary>
/// Which ids and key make the webhook's <c>X-ZEvent-Signature</c>: SHA-256 of first id + raw body + timestamp + key. Zalo's
/// SDK and working code use the app id and the OA secret key; a forum post uses the OA id, a compiled spec the app secret
/// (../shared/docs/zalo-oa.md §1.2). <see cref="Detect"/> accepts any of the four and logs which one matched, so that an
/// operator can fix the setting on the first real event.
/// </summary>
public enum ZaloSignatureVariant
{
    AppIdOaSecret,
    OaIdOaSecret,
    AppIdAppSecret,
    OaIdAppSecret,
    Detect,
}
