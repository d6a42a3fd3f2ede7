using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace InternalTthc.Bot.Tests.Support;

/// <summary>
/// Where Teams keeps files (SharePoint / OneDrive), on a real socket: serves the bytes put under a name at
/// <c>/drive/{name}</c>, the way a Teams file's pre-authorized download link does, and counts the downloads.
/// </summary>
public sealed class FakeFileHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private int _downloads;

    private FakeFileHost(WebApplication app) => _app = app;

    /// <summary>The origin to list in Files:TeamsFileHosts (e.g. http://127.0.0.1:41234).</summary>
    public string Origin => WebHostAddress.Of(_app).GetLeftPart(UriPartial.Authority);

    public int Downloads => Volatile.Read(ref _downloads);

    public static async Task<FakeFileHost> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var host = new FakeFileHost(builder.Build());
        host._app.MapGet("/drive/{name}", (string name) =>
        {
            Interlocked.Increment(ref host._downloads);
            return host._files.TryGetValue(name, out var bytes) ? Results.Bytes(bytes, "application/octet-stream") : Results.NotFound();
        });
        await host._app.StartAsync(TestContext.Current.CancellationToken);
        return host;
    }

    /// <summary>Keeps <paramref name="bytes"/> under <paramref name="name"/>; returns its download link.</summary>
    public string Put(string name, byte[] bytes)
    {
        _files[name] = bytes;
        return $"{Origin}/drive/{Uri.EscapeDataString(name)}";
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
