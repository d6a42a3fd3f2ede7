using System.Text;
using System.Text.Json.Nodes;
using InternalTthc.Bot.Channels.Zalo;
using InternalTthc.Bot.Tests.Channels.Zalo;

namespace InternalTthc.Bot.Tests.Fuzzing;

/// <summary>
/// /api/zalo/webhook: mutations of a Zalo user's events (text, file, phone shared, follow, the OA's echo), most signed as
/// Zalo signs them so they reach the reader and the turn, the rest unsigned or signed wrongly; what the webhook keeps is
/// processed now and then, and the processing must not throw either.
/// </summary>
public sealed class ZaloWebhookTarget(ZaloService zalo) : IFuzzTarget
{
    public string Name => "/api/zalo/webhook";

    public int Weight => 20;

    public async Task<FuzzResult> SendAsync(Random rng, CancellationToken cancellationToken)
    {
        var user = zalo.User($"70010020030040{rng.Next(10000, 99999)}");
        var seed = rng.Next(5) switch
        {
            0 => user.Event("user_send_file", new JsonObject
            {
                ["message"] = new JsonObject
                {
                    ["msg_id"] = $"m{rng.NextInt64()}",
                    ["attachments"] = new JsonArray(new JsonObject { ["type"] = "file", ["payload"] = new JsonObject { ["url"] = "https://zdn.vn/a.pdf", ["name"] = "a.pdf", ["size"] = "12" } }),
                },
            }),
            1 => user.Event("user_submit_info", new JsonObject { ["info"] = new JsonObject { ["name"] = "A", ["phone"] = "84915000002" } }),
            2 => user.Event("follow", new JsonObject { ["follower"] = new JsonObject { ["id"] = user.Id }, ["oa_id"] = FakeZaloOa.OaId }, user: false),
            3 => user.Event("oa_send_text", new JsonObject
            {
                ["sender"] = new JsonObject { ["id"] = FakeZaloOa.OaId }, ["recipient"] = new JsonObject { ["id"] = user.Id },
                ["message"] = new JsonObject { ["msg_id"] = $"m{rng.NextInt64()}", ["text"] = "Chào anh" },
            }, user: false),
            _ => user.Event("user_send_text", user.Message(rng.Next(2) == 0 ? "xin chào" : "hồ sơ của tôi", $"m{rng.NextInt64()}")),
        };
        var timestamp = seed["timestamp"]!.GetValue<string>();
        var body = JsonMutator.Mutate(seed, rng);
        var signature = rng.Next(4) switch
        {
            0 => null,
            1 => "mac=" + Convert.ToHexStringLower(Encoding.UTF8.GetBytes(timestamp)),
            _ => ZaloSignature.Sign(FakeZaloOa.AppId, body, timestamp, FakeZaloOa.OaSecretKey),
        };
        using var content = new FuzzBody(body);
        var result = await content.SendAsync(c => user.PostAsync(c, signature), body);
        if (result.Finding is null && rng.Next(10) == 0)
        {
            try
            {
                await zalo.DispatchAsync();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return new FuzzResult(0, $"processing kept events threw {e.GetType().Name}: {e.Message} after {FuzzResult.Preview(body)}");
            }
        }

        return result;
    }
}
