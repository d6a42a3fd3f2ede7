using Microsoft.Extensions.Options;

namespace InternalTthc.Bot.Channels.BotFramework.Authentication;

/// <summary>Checks the authentication settings at start, naming the setting that is wrong.</summary>
public sealed class BotAuthenticationOptionsValidator : IValidateOptions<BotAuthenticationOptions>
{
    public ValidateOptionsResult Validate(string? name, BotAuthenticationOptions options)
    {
        var failures = new List<string>();
        if (options.AppType is not { } type)
        {
            failures.Add($"MicrosoftAppType '{options.MicrosoftAppType}' is not MultiTenant, SingleTenant or UserAssignedMSI.");
        }
        else if (!options.IsAuthenticationDisabled)
        {
            if (type != BotAppType.UserAssignedMsi && string.IsNullOrWhiteSpace(options.MicrosoftAppPassword))
            {
                failures.Add($"MicrosoftAppPassword is required for MicrosoftAppType {type}.");
            }

            if (type == BotAppType.SingleTenant && string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
            {
                failures.Add("MicrosoftAppTenantId is required for MicrosoftAppType SingleTenant.");
            }
        }

        CheckUrl(failures, nameof(options.ToBotFromChannelOpenIdMetadataUrl), options.ToBotFromChannelOpenIdMetadataUrl);
        CheckUrl(failures, nameof(options.ToBotFromEmulatorOpenIdMetadataUrl), options.ToBotFromEmulatorOpenIdMetadataUrl);
        if (!string.IsNullOrWhiteSpace(options.ToChannelFromBotLoginUrl))
        {
            CheckUrl(failures, nameof(options.ToChannelFromBotLoginUrl), options.ToChannelFromBotLoginUrl);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    // Keys and tokens must come over TLS; plain http is allowed only to this machine (local fakes in tests).
    private static void CheckUrl(List<string> failures, string setting, string value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri)
            || !(uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback)))
        {
            failures.Add($"{setting} '{value}' must be an absolute https URL (http only for a loopback host).");
        }
    }
}
