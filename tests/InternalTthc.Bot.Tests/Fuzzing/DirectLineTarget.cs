using System.Text;
using System.Text.Json.Nodes;
using InternalTthc.Bot.Tests.Support;

namespace InternalTthc.Bot.Tests.Fuzzing;

/// <summary>Direct Line calls: every endpoint with made-up or mutated ids, watermarks, tokens and bodies.</summary>
public sealed class DirectLineTarget(ServiceTestHost host, string conversation, string token) : IFuzzTarget
{
    private static readonly string[] Ids = ["", "x", "%00", "..%2F..", new('a', 5000), "conv|0000001", "🙂", "%FF%FE", "%ED%A0%80"];

    public string Name => "Direct Line calls";

    public int Weight => 20;

    public async Task<FuzzResult> SendAsync(Random rng, CancellationToken cancellationToken)
    {
        var id = rng.Next(3) == 0 ? Ids[rng.Next(Ids.Length)] : conversation;
        var watermark = rng.Next(3) == 0 ? Ids[rng.Next(Ids.Length)] : rng.NextInt64(-5, long.MaxValue).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var bearer = rng.Next(4) switch
        {
            0 => null,
            1 => token[..^3] + "abc",
            2 => Ids[rng.Next(Ids.Length)],
            _ => token,
        };
        var (method, path, seed) = rng.Next(7) switch
        {
            0 => (HttpMethod.Post, "v3/directline/tokens/generate", (JsonNode?)new JsonObject { ["conversationId"] = id }),
            1 => (HttpMethod.Post, "v3/directline/tokens/refresh", null),
            2 => (HttpMethod.Post, "v3/directline/conversations", new JsonObject { ["user"] = new JsonObject { ["id"] = id }, ["locale"] = "vi-VN" }),
            3 => (HttpMethod.Get, $"v3/directline/conversations/{id}?watermark={watermark}", null),
            4 => (HttpMethod.Get, $"v3/directline/conversations/{id}/activities?watermark={watermark}", null),
            5 => (HttpMethod.Get, $"v3/directline/conversations/{id}/attachments/{Ids[rng.Next(Ids.Length)]}", null),
            _ => (HttpMethod.Post, $"v3/directline/conversations/{id}/activities", DirectLineTestClient.Message("xin chào", "c")),
        };
        var body = seed is null ? [] : JsonMutator.Mutate(seed, rng);
        using var request = new HttpRequestMessage(method, path);
        using var content = new FuzzBody(body);
        if (body.Length > 0 || method == HttpMethod.Post)
        {
            request.Content = content;
        }

        if (bearer is not null && bearer.All(c => c is > ' ' and < '\u007f'))
        {
            request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + bearer);
        }

        if (rng.Next(2) == 0)
        {
            request.Headers.TryAddWithoutValidation(DirectLineTestClient.ProxyHeader, rng.Next(2) == 0 ? "lcu.daumoi" : "khong.co.ai");
        }

        return await content.SendAsync(_ => host.Client.SendAsync(request, cancellationToken), Encoding.UTF8.GetBytes($"{method} {path} ").Concat(body).ToArray());
    }

    public static async Task<DirectLineTarget> StartAsync(ServiceTestHost host, string login)
    {
        var started = await new DirectLineTestClient(host.Client).StartAsync(login);
        return new DirectLineTarget(host, DirectLineTestClient.Text(started, "conversationId"), DirectLineTestClient.Text(started, "token"));
    }
}
