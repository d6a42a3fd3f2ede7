using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace InternalTthc.Bot.Hosting;

/// <summary>
/// Absolute links for cards (a proactive message has no request to take a host from): Service:PublicBaseUrl, or else
/// the address this instance listens on (a wildcard host read as localhost), or else the default development address.
/// </summary>
public sealed class PublicAddress(ServiceOptions options, IServer server)
{
    private static readonly string[] Wildcards = ["://+:", "://*:", "://0.0.0.0:", "://[::]:"];

    public Uri Link(string path) => new(Base(), path.TrimStart('/'));

    private Uri Base()
    {
        if (options.PublicBaseUrl is { } configured)
        {
            return configured.AbsoluteUri.EndsWith('/') ? configured : new Uri(configured.AbsoluteUri + "/");
        }

        foreach (var listening in server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [])
        {
            var address = Wildcards.Aggregate(listening, (a, wildcard) => a.Replace(wildcard, "://localhost:", StringComparison.Ordinal));
            if (Uri.TryCreate(address.TrimEnd('/') + "/", UriKind.Absolute, out var url))
            {
                return url;
            }
        }

        return new Uri("http://localhost:3978/");
    }
}
