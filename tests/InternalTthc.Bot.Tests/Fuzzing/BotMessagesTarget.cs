using System.Text.Json.Nodes;
using InternalTthc.Bot.Tests.Support;

namespace InternalTthc.Bot.Tests.Fuzzing;

/// <summary>/api/messages: mutations of real Teams activities (messages, card submits, invokes), signed as the channel signs them.</summary>
public sealed class BotMessagesTarget(TeamsService teams) : IFuzzTarget
{
    public string Name => "/api/messages";

    public int Weight => 40;

    public async Task<FuzzResult> SendAsync(Random rng, CancellationToken cancellationToken)
    {
        var url = teams.Connector.ServiceUrl;
        JsonObject seed = rng.Next(3) switch
        {
            0 => TestActivities.TeamsMessage(url, $"f{rng.Next()}", "tra cứu HYN-2026-00001"),
            1 => TestActivities.CardAction(url, "caseAction"),
            _ => SubmitMessage(url, rng),
        };
        seed["id"] = $"f{rng.NextInt64()}";
        var body = JsonMutator.Mutate(seed, rng);
        using var content = new FuzzBody(body);
        return await content.SendAsync(c => teams.PostSignedAsync(c), body);
    }

    private static JsonObject SubmitMessage(string url, Random rng)
    {
        var message = TestActivities.TeamsMessage(url);
        message.Remove("text");
        message["value"] = CardSubmitTarget.ForgedData(rng);
        return message;
    }
}
