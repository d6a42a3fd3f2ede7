using InternalTthc.Bot.Channels.Zalo;
using InternalTthc.Bot.Tests.Support;
using InternalTthc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Bot.Tests.Channels.Zalo;

/// <summary>
/// The real service on a real socket with the Zalo channel pointed at <see cref="FakeZaloOa"/> (its OA API and OAuth base
/// URLs, its file host), holding a token pair the fake issued; the outbox runs when the test says (DispatchAsync) unless asked.
/// </summary>
public sealed class ZaloService : IAsyncDisposable
{
    public static readonly string TokenKey = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    private readonly bool _owns;

    private ZaloService(FakeZaloOa oa, ServiceTestHost host, bool owns = true)
    {
        Oa = oa;
        Host = host;
        _owns = owns;
    }

    public FakeZaloOa Oa { get; }
    public ServiceTestHost Host { get; }

    public static Dictionary<string, string?> Settings(FakeZaloOa oa) => new()
    {
        ["Zalo:AppId"] = FakeZaloOa.AppId,
        ["Zalo:AppSecret"] = FakeZaloOa.AppSecret,
        ["Zalo:OaId"] = FakeZaloOa.OaId,
        ["Zalo:OaSecretKey"] = FakeZaloOa.OaSecretKey,
        ["Zalo:TokenKey"] = TokenKey,
        ["Zalo:OpenApiBase"] = oa.BaseUrl.AbsoluteUri,
        ["Zalo:OAuthBase"] = oa.BaseUrl.AbsoluteUri,
        ["Zalo:FileHosts:0"] = oa.BaseUrl.GetLeftPart(UriPartial.Authority),
    };

    public static async Task<ZaloService> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, string environment = "Production", FakeClock? clock = null)
    {
        var oa = await FakeZaloOa.StartAsync();
        var merged = Settings(oa);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) merged[key] = value;
        var service = new ZaloService(oa, await ServiceTestHost.StartAsync(merged, environment, clock));
        await service.StoreFirstPairAsync();
        return service;
    }

    /// <summary>A host and fake the test started itself (a store folder of its own, a pair stored its own way); the test disposes them.</summary>
    public static ZaloService Over(FakeZaloOa oa, ServiceTestHost host) => new(oa, host, owns: false);

    public ZaloUser User(string id) => new(this, id);

    /// <summary>
    /// Waits until what the OA sent <paramref name="user"/> since <paramref name="from"/> messages says <paramref name="expected"/>,
    /// for sends the service makes on its own (an agent writing in the console); returns that text.
    /// </summary>
    public async Task<string> ReceivedAsync(ZaloUser user, int from, string expected)
    {
        while (!user.TextSince(from).Contains(expected, StringComparison.Ordinal)) await Oa.WaitForMessageAsync();
        return user.TextSince(from);
    }

    /// <summary>Processes what the webhook kept and sends what it led to, on the fake clock.</summary>
    public Task<int> DispatchAsync() => Host.DispatchAsync();

    /// <summary>One event of the user, then everything it leads to.</summary>
    public async Task TurnAsync(Func<Task> send)
    {
        await send();
        await DispatchAsync();
    }

    /// <summary>What an agent does to a case, through the case service as his card's buttons would.</summary>
    public async Task ActAsync(Func<Core.Cases.CaseService, Task> act)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        await act(scope.ServiceProvider.GetRequiredService<Core.Cases.CaseService>());
    }

    /// <summary>Stores a pair the fake issued, as an administrator does with the console's API Explorer.</summary>
    public async Task StoreFirstPairAsync()
    {
        var (access, refresh) = Oa.IssuePair();
        await using var scope = Host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ZaloAccessTokens>().SetAsync(new ZaloTokenPair(access, refresh, TimeSpan.FromHours(25)), TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_owns) return;
        await Host.DisposeAsync();
        await Oa.DisposeAsync();
    }
}
