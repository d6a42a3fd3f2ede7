using System.Net;
using System.Text;
using System.Text.Json;
using InternalTthc.Bot.Tests.Support;
using InternalTthc.Core.Directory;
using InternalTthc.Core.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Bot.Tests.Performance;

/// <summary>
/// What a linked focal point's "xin chào" on /api/messages costs the store (issue 14): the commands, the writes and the
/// commits of one turn are counted, so a change that adds a query or a write to every turn shows here. Three reads are left:
/// who writes (account, person, roles, unit, awaiting messages), the turn's conversation states, the conversation's hand-offs.
/// </summary>
public sealed class GreetingTurnStoreTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_greeting_turn_runs_a_fixed_number_of_commands_writes_and_commits()
    {
        var log = new StoreCommandLog();
        await using var connector = await FakeBotConnector.StartAsync();
        var folder = ServiceTestHost.NewFolder();
        try
        {
            await using var host = await ServiceTestHost.StartAsync(folder, "Development", services: s => s.AddSingleton<IInterceptor>(log));
            Assert.Equal(HttpStatusCode.OK, await SayAsync(host, connector, "first"));
            await LinkAsync(host, "lcu.daumoi");

            // Web Chat-like answers alternate: the menu, then a short pointer to the menu just shown; both are counted.
            var turns = new List<IReadOnlyList<string>>();
            for (var i = 0; i < 4; i++)
            {
                host.Clock.Advance(TimeSpan.FromSeconds(1)); // a later moment: the account's last sight is written
                log.Take();
                Assert.Equal(HttpStatusCode.OK, await SayAsync(host, connector, $"greeting-{i}"));
                turns.Add(log.Take());
            }

            Assert.All(connector.Requests, r => Assert.Contains("application/vnd.microsoft.card.adaptive", r.Body));
            foreach (var turn in turns.Skip(2))
            {
                var shown = string.Join("\n", turn.Select(c => c.Length > 90 ? c[..90] : c));
                Assert.True(turn.Count(c => c != "COMMIT") == ExpectedCommands, $"{turn.Count(c => c != "COMMIT")} commands:\n{shown}");
                Assert.True(turn.Count(StoreCommandLog.IsWrite) == ExpectedWrites, $"writes:\n{shown}");
                Assert.True(turn.Count(c => c == "COMMIT" || c.EndsWith("-- COMMIT", StringComparison.Ordinal)) == ExpectedCommits, $"commits:\n{shown}");
            }
        }
        finally
        {
            ServiceTestHost.DeleteFolder(folder);
        }
    }

    private const int ExpectedCommands = 6;
    private const int ExpectedWrites = 3;
    private const int ExpectedCommits = 3;

    private static async Task LinkAsync(ServiceTestHost host, string login)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<IDirectoryStore>();
        var person = await directory.FindPersonByLoginAsync(login, Ct) ?? throw new InvalidOperationException(login);
        var account = await directory.FindChannelAccountAsync("emulator", "user-1", Ct) ?? throw new InvalidOperationException("user-1");
        await directory.LinkChannelAccountAsync(account.Id, person.Id, Ct);
    }

    private static async Task<HttpStatusCode> SayAsync(ServiceTestHost host, FakeBotConnector connector, string id)
    {
        var json = JsonSerializer.Serialize(new
        {
            type = "message",
            id,
            serviceUrl = connector.ServiceUrl,
            channelId = "emulator",
            from = new { id = "user-1", name = "Lan", role = "user" },
            recipient = new { id = "bot", role = "bot" },
            conversation = new { id = "conv-1" },
            text = "xin chào",
            locale = "vi-VN",
        });
        using var response = await host.Client.PostAsync("api/messages", new StringContent(json, Encoding.UTF8, "application/json"), Ct);
        return response.StatusCode;
    }
}
