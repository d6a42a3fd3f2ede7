namespace InternalTthc.Bot.Channels.Zalo;

/// <summary>The button types of a consultation message (../shared/docs/zalo-oa.md §2.3).</summary>
public static class ZaloButtonTypes
{
    public const string QueryHide = "oa.query.hide";
    public const string QueryShow = "oa.query.show";
    public const string OpenUrl = "oa.open.url";
}
