using System.Net;
using InternalTthc.Bot.Tests.Support;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Bot.Tests.Performance;

/// <summary>
/// What a linked focal point's "xin chào" on /api/messages costs the store (issue 14): the commands, the writes and the
/// commits of one turn are counted, so a change that adds a query or a write to every turn shows here. Three reads are left,
/// each a statement prepared once per connection on SQLite: who writes (account, person, roles, unit, awaiting messages), the
/// turn's conversation states, whether the conversation has hand-offs.
/// </summary>
public sealed class GreetingTurnStoreTests
{
    [Fact]
    public async Task A_greeting_turn_runs_a_fixed_number_of_commands_writes_and_commits()
    {
        var log = new StoreCommandLog();
        await using var connector = await FakeBotConnector.StartAsync();
        var folder = ServiceTestHost.NewFolder();
        try
        {
            // The turn's reads and SQLite's batches of its writes run as statements prepared once (PreparedReads, PreparedWrites),
            // outside EF: counted from their debug log.
            var settings = new Dictionary<string, string?> { [StoreCommandLog.PreparedReadsLevel] = "Debug", [StoreCommandLog.PreparedWritesLevel] = "Debug" };
            await using var host = await ServiceTestHost.StartAsync(folder, "Development", settings, services: s => s.AddSingleton<IInterceptor>(log));
            Assert.Equal(HttpStatusCode.OK, await EmulatorTurns.SendAsync(host, connector, "first", "xin chào"));
            await EmulatorTurns.LinkAsync(host, "lcu.daumoi");

            // Web Chat-like answers alternate: the menu, then a short pointer to the menu just shown; both are counted.
            var turns = new List<IReadOnlyList<string>>();
            for (var i = 0; i < 4; i++)
            {
                host.Clock.Advance(TimeSpan.FromSeconds(1)); // a later moment: the account's last sight is written
                log.Take();
                var logged = host.Logs.Entries.Count;
                Assert.Equal(HttpStatusCode.OK, await EmulatorTurns.SendAsync(host, connector, $"greeting-{i}", "xin chào"));
                turns.Add([.. StoreCommandLog.PreparedStatements(host, logged), .. log.Take()]);
            }

            Assert.All(connector.Requests, r => Assert.Contains("application/vnd.microsoft.card.adaptive", r.Body));
            foreach (var turn in turns.Skip(2))
            {
                var shown = string.Join("\n", turn.Select(c => c.Length > 90 ? c[..90] : c));
                Assert.True(turn.Count(c => c != "COMMIT") == ExpectedCommands, $"{turn.Count(c => c != "COMMIT")} commands:\n{shown}");
                Assert.True(turn.Count(StoreCommandLog.IsWrite) == ExpectedWrites, $"writes:\n{shown}");
                Assert.True(turn.Count(c => c == "COMMIT" || c.EndsWith("-- COMMIT", StringComparison.Ordinal)) == ExpectedCommits, $"commits:\n{shown}");
                Assert.True(turn.Count(StoreCommandLog.IsPreparedRead) == ExpectedPreparedReads, $"prepared reads:\n{shown}");
            }
        }
        finally
        {
            ServiceTestHost.DeleteFolder(folder);
        }
    }

    private const int ExpectedCommands = 6;
    private const int ExpectedPreparedReads = 3;
    private const int ExpectedWrites = 3;
    private const int ExpectedCommits = 3;
}
