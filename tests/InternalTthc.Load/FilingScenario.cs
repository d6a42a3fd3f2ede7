using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace InternalTthc.Load;

/// <summary>
/// A complete form submission creating a case (Lai Châu's support request): open the form, fill it, skip the optional
/// screenshot and confirm it, which commits the case before the bot says its code. Its rate counts whole forms (all four
/// turns in the window), its latency is the confirm's; the confirm turn alone is <see cref="SubmissionRun"/>'s measure.
/// </summary>
public sealed partial class FilingScenario : IScenario
{
    public const string Procedure = "lcu-system-support";

    private readonly ConcurrentBag<string> _acknowledged = [];

    public string Name => "filing";

    /// <summary>The case codes the bot answered with, each once a case was committed (its acknowledgement).</summary>
    public IReadOnlyCollection<string> Acknowledged => _acknowledged;

    public async Task<TimeSpan?> RunAsync(int sender, ChannelClient client, ChannelStandIn channel, CancellationToken cancellationToken) =>
        await PrepareAsync(sender, client, channel, cancellationToken) is { } session
            ? await ConfirmAsync(sender, session, client, channel, cancellationToken)
            : null;

    /// <summary>The form opened, filled and its file skipped, ready to confirm: its session id, null on an error.</summary>
    public async Task<string?> PrepareAsync(int sender, ChannelClient client, ChannelStandIn channel, CancellationToken cancellationToken)
    {
        var conversation = LoadSenders.Conversation(sender);
        if (await client.SendAsync(sender, null, Press("startProcedure", ("procedure", Procedure)), cancellationToken) is null
            || Session(channel.LastReply(conversation)) is not { } session)
        {
            return null;
        }

        // The card's fields as Web Chat submits them (a date and a time input), then the optional screenshot skipped.
        var filled = Press("submitForm", ("session", session), ("problemDescription", "Không đăng nhập được vào hệ thống một cửa."),
            ("startedAt", "2026-11-20"), ("startedAt__time", "08:30"), ("contactPhone", "0912345678"));
        return await client.SendAsync(sender, null, filled, cancellationToken) is not null
            && await client.SendAsync(sender, "bỏ qua", null, cancellationToken) is not null
            && channel.LastReply(conversation).Contains("confirmForm", StringComparison.Ordinal)
            ? session
            : null;
    }

    /// <summary>The confirm press of a prepared form: how long until the bot answered with the committed case's code.</summary>
    public async Task<TimeSpan?> ConfirmAsync(int sender, string session, ChannelClient client, ChannelStandIn channel, CancellationToken cancellationToken)
    {
        var took = await client.SendAsync(sender, null, Press("confirmForm", ("session", session)), cancellationToken);
        if (took is null || CaseCode().Match(channel.LastReply(LoadSenders.Conversation(sender))) is not { Success: true } code)
        {
            return null;
        }

        _acknowledged.Add(code.Value);
        return took;
    }

    /// <summary>Committed cases against acknowledged ones: the same codes, none committed without its answer nor the reverse.</summary>
    public async Task<ScenarioVerdict> CompareAsync(LoadStore store, CancellationToken cancellationToken)
    {
        var committed = await store.FiledCodesAsync(Procedure, cancellationToken);
        var acknowledged = Acknowledged.ToHashSet(StringComparer.Ordinal);
        var met = committed.SetEquals(acknowledged) && acknowledged.Count == Acknowledged.Count;
        return new ScenarioVerdict(met, string.Create(CultureInfo.InvariantCulture,
            $"cases: committed {committed.Count}, acknowledged {Acknowledged.Count} (with the untimed first round) — {(met ? "PASS: the same cases" : "FAIL")}"));
    }

    private static JsonObject Press(string action, params (string Key, string Value)[] data)
    {
        var value = new JsonObject { ["action"] = action };
        foreach (var (key, v) in data)
        {
            value[key] = v;
        }

        return value;
    }

    private static string? Session(string reply) => SessionId().Match(reply) is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex("\"session\\\\?\"\\s*:\\s*\\\\?\"([0-9a-f]{32})")]
    private static partial Regex SessionId();

    [GeneratedRegex("LCU-\\d{4}-\\d{5}")]
    private static partial Regex CaseCode();
}
