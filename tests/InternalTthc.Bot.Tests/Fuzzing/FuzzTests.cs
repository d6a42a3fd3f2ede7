using System.Diagnostics;
using InternalTthc.Bot.Tests.Channels.Zalo;
using InternalTthc.Bot.Tests.Faults;
using InternalTthc.Bot.Tests.Support;
using InternalTthc.Core.Catalog;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Bot.Tests.Fuzzing;

/// <summary>
/// Issue 17's fuzzing: generated inputs at every door (2,000 in CI; INTERNALTTHC_FUZZ_INPUTS=100000, or
/// INTERNALTTHC_FAULTS=long, for the long form), seeded so a finding can be replayed (INTERNALTTHC_FUZZ_SEED).
/// Never a 5xx, never an exception out of a reader, and memory stable; the figures are printed.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static int Inputs => int.TryParse(Environment.GetEnvironmentVariable("INTERNALTTHC_FUZZ_INPUTS"), out var n) ? n : FaultScale.Long ? 100_000 : 2_000;

    private static int Seed => int.TryParse(Environment.GetEnvironmentVariable("INTERNALTTHC_FUZZ_SEED"), out var s) ? s : 17;

    [Fact]
    public async Task Generated_inputs_at_every_door_never_get_a_server_error_or_crash_a_reader()
    {
        var unlimited = new Dictionary<string, string?>
        {
            ["RateLimits:DirectLineTokens:PermitLimit"] = "100000000",
            ["RateLimits:Pages:PermitLimit"] = "100000000",
            ["RateLimits:FailedAuthentication:PermitLimit"] = "100000000",
        };
        await using var teams = await TeamsService.StartAsync(unlimited);
        await using var directoryStore = await ServiceTestHost.StartAsync(unlimited);
        await using var zalo = await ZaloService.StartAsync(unlimited);
        var catalog = teams.Host.Services.GetRequiredService<ProcedureCatalog>();
        // The doors.
        IFuzzTarget[] targets =
        [
            new BotMessagesTarget(teams),
            await DirectLineTarget.StartAsync(teams.Host, "lcu.daumoi"),
            await CardSubmitTarget.StartAsync(teams.Host, "hyn.daumoi"),
            new AnnexTarget(catalog),
            new CatalogTarget(),
            new DirectoryTarget(directoryStore),
            new ZaloWebhookTarget(zalo),
        ];

        var (counts, findings) = await RunAsync(targets);

        foreach (var target in targets)
        {
            output.WriteLine($"{target.Name}: {counts[target.Name]} inputs");
        }

        Assert.True(findings.Count == 0, $"{findings.Count} findings (seed {Seed}):\n" + string.Join("\n", findings.Take(10)));
    }

    private async Task<(Dictionary<string, int> Counts, List<string> Findings)> RunAsync(IFuzzTarget[] targets)
    {
        var rng = new Random(Seed);
        var total = targets.Sum(t => t.Weight);
        var counts = targets.ToDictionary(t => t.Name, _ => 0);
        var findings = new List<string>();
        var (refused, closed, serverErrors) = (0, 0, 0);
        long warmHeap = 0;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < Inputs; i++)
        {
            var pick = rng.Next(total);
            var target = targets.First(t => (pick -= t.Weight) < 0);
            var result = await target.SendAsync(new Random(rng.Next()), Ct);
            counts[target.Name]++;
            (refused, closed, serverErrors) = (refused + (result.Refused ? 1 : 0), closed + (result.Closed ? 1 : 0), serverErrors + (result.Status >= 500 ? 1 : 0));
            if (result.Finding is { } finding)
            {
                findings.Add($"{target.Name} #{i}: {finding}");
                output.WriteLine($"finding: {findings[^1]}");
            }

            if (i == Inputs / 10)
            {
                warmHeap = GC.GetTotalMemory(forceFullCollection: true);
            }

            if ((i + 1) % Math.Max(1, Inputs / 20) == 0)
            {
                output.WriteLine($"{i + 1} of {Inputs} inputs, {clock.Elapsed.TotalMinutes:F0} min: {refused} refused ({closed} by closing the connection), {serverErrors} 5xx, {findings.Count} findings");
            }
        }

        var endHeap = GC.GetTotalMemory(forceFullCollection: true);
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        output.WriteLine($"{Inputs} inputs in {clock.Elapsed.TotalSeconds:F0} s, seed {Seed}; {refused} refused ({closed} by closing the connection on the body), "
            + $"{serverErrors} 5xx (501 by design included), {findings.Count} findings; "
            + $"managed heap {warmHeap / 1048576} MB after warm-up, {endHeap / 1048576} MB at the end; peak working set {peak / 1048576} MB");
        // Stable: what the run keeps (logs of the test host included) grows by less than the warm heap again.
        Assert.True(endHeap < (warmHeap * 2) + (256L * 1048576), $"The managed heap grew from {warmHeap} to {endHeap} bytes.");
        return (counts, findings);
    }
}
