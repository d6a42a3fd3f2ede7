using Microsoft.Extensions.Options;

namespace InternalTthc.Bot.Channels.DirectLine;

/// <summary>Checks the Direct Line settings at start, naming the setting that is wrong.</summary>
public sealed class DirectLineOptionsValidator(IHostEnvironment environment) : IValidateOptions<DirectLineOptions>
{
    public const int MinSecretLength = 32;

    public ValidateOptionsResult Validate(string? name, DirectLineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (string.IsNullOrEmpty(options.TokenSecret))
        {
            if (!environment.IsDevelopment())
            {
                failures.Add($"DirectLine:TokenSecret is required outside Development ({MinSecretLength} characters or more): it signs the Web Chat tokens.");
            }
        }
        else if (options.TokenSecret.Length < MinSecretLength)
        {
            failures.Add($"DirectLine:TokenSecret must have at least {MinSecretLength} characters.");
        }

        if (options.TokenLifetime <= TimeSpan.Zero || options.StreamTokenLifetime <= TimeSpan.Zero || options.StreamPollInterval <= TimeSpan.Zero)
        {
            failures.Add("DirectLine:TokenLifetime, StreamTokenLifetime and StreamPollInterval must be positive.");
        }

        if (options.MaxActivitiesPerSet <= 0 || options.Upload.MaxFileBytes <= 0 || options.Upload.MaxFiles <= 0)
        {
            failures.Add("DirectLine:MaxActivitiesPerSet, Upload:MaxFileBytes and Upload:MaxFiles must be positive.");
        }

        if (!string.IsNullOrEmpty(options.PublicBaseUrl) && !IsHttpUrl(options.PublicBaseUrl))
        {
            failures.Add($"DirectLine:PublicBaseUrl '{options.PublicBaseUrl}' must be an absolute http or https URL.");
        }

        failures.AddRange(options.AllowedOrigins.Where(origin => !IsHttpUrl(origin))
            .Select(origin => $"DirectLine:AllowedOrigins entry '{origin}' must be an absolute http or https origin."));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
