namespace InternalTthc.Bot.Channels.Zalo;

/// <summary>The Zalo Official Account channel (section "Zalo"); off while <see cref="AppId"/> is empty.</summary>
public sealed record ZaloOptions
{
    public const string Section = "Zalo";

    /// <summary>The Zalo app's id (developers.zalo.me): first term of the webhook signature, and the OAuth client.</summary>
    public string? AppId { get; init; }

    /// <summary>The app's secret key: sent as <c>secret_key</c> when tokens are exchanged or refreshed.</summary>
    public string? AppSecret { get; init; }

    /// <summary>The Official Account's id (the recipient of users' messages).</summary>
    public string? OaId { get; init; }

    /// <summary>The OA secret key shown on the app's Webhook page: the key of the webhook signature.</summary>
    public string? OaSecretKey { get; init; }

    public ZaloSignatureVariant Signature { get; init; } = ZaloSignatureVariant.AppIdOaSecret;

    /// <summary>The OA API (messages, uploads): https://openapi.zalo.me/, or a test's or staging stand-in.</summary>
    public Uri OpenApiBase { get; init; } = new("https://openapi.zalo.me/");

    /// <summary>Where tokens are exchanged and refreshed: https://oauth.zaloapp.com/.</summary>
    public Uri OAuthBase { get; init; } = new("https://oauth.zaloapp.com/");

    /// <summary>Key (base64, 32 bytes) that encrypts the stored token pair; required once the channel is on.</summary>
    public string? TokenKey { get; init; }

    /// <summary>A token with less than this left is refreshed before use.</summary>
    public TimeSpan RefreshBefore { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>Events older than this (their own timestamp) are refused: Zalo retries for hours, a replay would come later.</summary>
    public TimeSpan MaxEventAge { get; init; } = TimeSpan.FromDays(1);

    /// <summary>How far in the future an event's timestamp may be (clocks differ).</summary>
    public TimeSpan ClockSkew { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Answer 200 to an empty, unsigned POST without processing it: one guide says Zalo probes the URL when it is saved.</summary>
    public bool AnswerProbes { get; init; } = true;

    /// <summary>
    /// The button type of choices: <c>oa.query.hide</c> (the tap is not shown in the chat) or <c>oa.query.show</c>, should hidden
    /// taps not come back on a real OA (unconfirmed, ../shared/docs/zalo-oa.md §10.7).
    /// </summary>
    public string ButtonType { get; init; } = ZaloButtonTypes.QueryHide;

    /// <summary>How long the echo of a message the bot sent may take to be recognised as its own; echoes are looked at after it.</summary>
    public TimeSpan EchoGrace { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>A person typing in the OA's own chat takes the conversation over: the bot is silent for this long after his last message.</summary>
    public TimeSpan TakeoverPause { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>How long the bot waits before trying again after Zalo said the app or OA called too often (-32) or is out of quota.</summary>
    public TimeSpan RateLimitBackoff { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long a file's Zalo upload id is used again rather than uploading the file anew: Zalo keeps uploads about 7 days
    /// (../shared/docs/zalo-oa.md §5) and an OA's monthly upload quota is small.
    /// </summary>
    public TimeSpan UploadLife { get; init; } = TimeSpan.FromDays(6);

    /// <summary>How long the name a user linked to nobody shows on Zalo is used before it is read again.</summary>
    public TimeSpan DisplayNameLife { get; init; } = TimeSpan.FromDays(1);

    /// <summary>Hosts a file sent to the OA may be fetched from (https, the host or a sub-domain; a full origin taken exactly).</summary>
    public IReadOnlyList<string> FileHosts { get; init; } = [];

    /// <summary>The code of the domain verification file Zalo gives: <c>/zalo_verifier{code}.html</c> is served.</summary>
    public string? VerificationCode { get; init; }

    /// <summary>The verification file as Zalo gave it, served as it is; without it a page with Zalo's meta tag is served.</summary>
    public string? VerificationFile { get; init; }

    /// <summary>The picture on the form that asks for the phone number (request_user_info); none when empty.</summary>
    public Uri? ContactFormImage { get; init; }

    public static IReadOnlyList<string> DefaultFileHosts { get; } = ["zdn.vn", "zadn.vn", "zaloapp.com", "zalo.me"];

    public bool Enabled => !string.IsNullOrWhiteSpace(AppId);

    public IReadOnlyList<string> EffectiveFileHosts => FileHosts.Count > 0 ? FileHosts : DefaultFileHosts;

    /// <summary>An OA API address, whether or not the configured base ends with a slash.</summary>
    public Uri OpenApi(string path) => Under(OpenApiBase, path);

    public Uri OAuth(string path) => Under(OAuthBase, path);

    private static Uri Under(Uri root, string path) => new(root.AbsoluteUri.EndsWith('/') ? root : new Uri(root.AbsoluteUri + "/"), path);
}
