using System.Globalization;

namespace InternalTthc.Bot.Channels.BotFramework.Authentication;

/// <summary>
/// The bot's identity and the Bot Framework authentication endpoints, under the SDK's setting names, bound from the
/// configuration root where Azure App Service puts them. An empty <see cref="MicrosoftAppId"/> turns authentication off.
/// </summary>
public sealed record BotAuthenticationOptions
{
    public string? MicrosoftAppId { get; init; }
    public string? MicrosoftAppPassword { get; init; }

    /// <summary><c>MultiTenant</c> (the default), <c>SingleTenant</c> or <c>UserAssignedMSI</c>.</summary>
    public string? MicrosoftAppType { get; init; }

    public string? MicrosoftAppTenantId { get; init; }
    public string ToBotFromChannelOpenIdMetadataUrl { get; init; } = AuthenticationConstants.ChannelOpenIdMetadataUrl;
    public string ToBotFromChannelTokenIssuer { get; init; } = AuthenticationConstants.ChannelTokenIssuer;
    public string ToBotFromEmulatorOpenIdMetadataUrl { get; init; } = AuthenticationConstants.EmulatorOpenIdMetadataUrl;

    /// <summary>Authority of outbound tokens; empty means botframework.com (multi-tenant) or the app's tenant.</summary>
    public string? ToChannelFromBotLoginUrl { get; init; }

    public string ToChannelFromBotOAuthScope { get; init; } = AuthenticationConstants.ChannelOAuthScope;

    /// <summary>The callerId the adapter stamps on authenticated activities.</summary>
    public string CallerId { get; init; } = Schema.CallerIdConstants.PublicAzureChannel;

    public bool IsAuthenticationDisabled => string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>The parsed <see cref="MicrosoftAppType"/>; null when the value is not one of the three.</summary>
    public BotAppType? AppType => string.IsNullOrWhiteSpace(MicrosoftAppType) ? BotAppType.MultiTenant
        : MicrosoftAppType.Equals("UserAssignedMSI", StringComparison.OrdinalIgnoreCase) ? BotAppType.UserAssignedMsi
        : Enum.TryParse<BotAppType>(MicrosoftAppType, ignoreCase: true, out var type) ? type : null;

    /// <summary>The login authority for the client-credentials token (SDK <c>ToChannelFromBotLoginUrl</c>).</summary>
    public string LoginUrl => !string.IsNullOrWhiteSpace(ToChannelFromBotLoginUrl)
        ? ToChannelFromBotLoginUrl.TrimEnd('/')
        : string.Format(CultureInfo.InvariantCulture, AuthenticationConstants.LoginUrlTemplate,
            AppType == BotAppType.SingleTenant ? MicrosoftAppTenantId : AuthenticationConstants.MultiTenantLoginTenant);

    /// <summary>Leaves the password out, so logging the options never leaks it.</summary>
    public override string ToString() =>
        $"BotAuthenticationOptions {{ MicrosoftAppId = {MicrosoftAppId}, MicrosoftAppType = {AppType}, MicrosoftAppTenantId = {MicrosoftAppTenantId} }}";
}
