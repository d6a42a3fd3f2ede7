using Microsoft.Extensions.Options;

namespace InternalTthc.Bot.Hosting;

/// <summary>
/// Service:PublicBaseUrl at start: links in cards and proactive messages name the service, and without the setting they
/// name the address it listens on, which for a wildcard is localhost. So outside Development it is required unless the
/// service listens on this machine only (a local run, the tests, the command verbs), where that address is the right one.
/// </summary>
public static class PublicBaseUrlRule
{
    /// <summary>Kestrel's own default when nothing says where to listen.</summary>
    private const string KestrelDefault = "http://localhost:5000";

    public static void Check(ServiceOptions options, IConfiguration configuration, IHostEnvironment environment)
    {
        if (options.PublicBaseUrl is { } url)
        {
            if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            {
                throw Refused($"Service:PublicBaseUrl '{url}' must be an absolute http or https URL.");
            }

            return;
        }

        var listening = ListeningAddresses(configuration);
        if (!environment.IsDevelopment() && !listening.All(IsLoopback))
        {
            throw Refused(
                $"Service:PublicBaseUrl is required outside Development when the service listens beyond this machine ({string.Join(", ", listening)}): "
                + "without it, file links in cards would point to localhost. Set it to the address people use, e.g. https://tthc.example.gov.vn/.");
        }
    }

    // The start prints a refused setting's message alone, without a stack trace (Program).
    private static OptionsValidationException Refused(string failure) => new(ServiceOptions.Section, typeof(ServiceOptions), [failure]);

    /// <summary>Where Kestrel will listen, as configured: its endpoints, else urls and the ports settings, else its default.</summary>
    private static IReadOnlyList<string> ListeningAddresses(IConfiguration configuration)
    {
        var endpoints = configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(e => e["Url"]).OfType<string>().ToList();
        if (endpoints.Count > 0)
        {
            return endpoints;
        }

        var urls = (configuration["urls"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var ports = new[] { "http_ports", "https_ports" }.SelectMany(key => (configuration[key] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries))
            .Select(port => $"http://+:{port.Trim()}");
        var all = urls.Concat(ports).ToList();
        return all.Count > 0 ? all : [KestrelDefault];
    }

    /// <summary>localhost, 127.0.0.0/8 or ::1; a wildcard (+, *, 0.0.0.0, [::]) or any other host is not.</summary>
    private static bool IsLoopback(string address) => Uri.TryCreate(address, UriKind.Absolute, out var uri) && uri.IsLoopback;
}
