using System.Text.Json.Nodes;
using InternalTthc.Bot.Tests.Support;
using static InternalTthc.Bot.Tests.Support.DirectLineTestClient;

namespace InternalTthc.Bot.Tests.Fuzzing;

/// <summary>Card submit values on Direct Line: forged actions, sessions, fields and answers, mutated like any JSON.</summary>
public sealed class CardSubmitTarget(ServiceTestHost host, string conversation, string token) : IFuzzTarget
{
    private static readonly string[] Actions =
        ["chooseProcedure", "chooseSubCase", "submitForm", "answer", "pickFieldToEdit", "editField", "confirmForm", "cancelForm", "caseAction", "rate", "showCase", "menu", "x"];

    public string Name => "card submit values";

    public int Weight => 15;

    /// <summary>Data a card's button might carry, with made-up or real-looking keys and values.</summary>
    public static JsonObject ForgedData(Random rng) => new()
    {
        ["action"] = Actions[rng.Next(Actions.Length)],
        ["session"] = rng.Next(2) == 0 ? Guid.NewGuid().ToString("N") : "00000000000000000000000000000000",
        ["procedure"] = "hyn-khoi-phuc-hop-thu",
        ["field"] = "mailboxAddress",
        ["value"] = "a@b.c",
        ["caseCode"] = "HYN-2026-00001",
        ["verb"] = "receive",
    };

    public async Task<FuzzResult> SendAsync(Random rng, CancellationToken cancellationToken)
    {
        var body = JsonMutator.Mutate(new JsonObject { ["type"] = "message", ["value"] = ForgedData(rng) }, rng);
        using var content = new FuzzBody(body);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"v3/directline/conversations/{conversation}/activities") { Content = content };
        request.Headers.Authorization = new("Bearer", token);
        return await content.SendAsync(_ => host.Client.SendAsync(request, cancellationToken), body);
    }

    public static async Task<CardSubmitTarget> StartAsync(ServiceTestHost host, string login)
    {
        var started = await new DirectLineTestClient(host.Client).StartAsync(login);
        return new CardSubmitTarget(host, Text(started, "conversationId"), Text(started, "token"));
    }
}
