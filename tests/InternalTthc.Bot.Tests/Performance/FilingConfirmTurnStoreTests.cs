using System.Net;
using System.Text.RegularExpressions;
using InternalTthc.Bot.Tests.Support;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Bot.Tests.Performance;

/// <summary>
/// What the confirm press of a complete form costs the store (issue 14): the turn that files the case, as the load
/// harness's filing scenario sends it (Lai Châu's support request), counted command by command with the outbox
/// dispatcher off, so a change that adds a read or a write to filing shows here. The emulator refreshes no card per
/// viewer, so the case card's Teams refresh list is not read (17 commands before filing8). A form never pressed before is
/// not looked up as a case already filed, and a new case's rows (case, event, outbox row) go in one command made before the
/// writer (16 commands and 8 writes before filing9).
/// </summary>
public sealed partial class FilingConfirmTurnStoreTests
{
    private const int ExpectedCommands = 13;
    private const int ExpectedWrites = 6;

    [Fact]
    public async Task A_confirm_turn_that_files_a_case_runs_a_fixed_number_of_commands_and_writes()
    {
        var log = new StoreCommandLog();
        await using var connector = await FakeBotConnector.StartAsync();
        var folder = ServiceTestHost.NewFolder();
        try
        {
            await using var host = await ServiceTestHost.StartAsync(folder, "Development",
                new Dictionary<string, string?> { ["Outbox:Enabled"] = "false", [StoreCommandLog.PreparedReadsLevel] = "Debug", [StoreCommandLog.PreparedWritesLevel] = "Debug" }, services: s => s.AddSingleton<IInterceptor>(log));
            Assert.Equal(HttpStatusCode.OK, await EmulatorTurns.SendAsync(host, connector, "first", "xin chào", null));
            await EmulatorTurns.LinkAsync(host, "lcu.daumoi");

            Assert.Equal(HttpStatusCode.OK, await EmulatorTurns.SendAsync(host, connector, "open", null, new { action = "startProcedure", procedure = "lcu-system-support" }));
            var session = SessionId().Match(connector.Requests[^1].Body).Groups[1].Value;
            Assert.Equal(HttpStatusCode.OK, await EmulatorTurns.SendAsync(host, connector, "fill", null, new
            {
                action = "submitForm", session, problemDescription = "Không đăng nhập được vào hệ thống một cửa.",
                startedAt = "2026-11-20", startedAt__time = "08:30", contactPhone = "0912345678",
            }));
            Assert.Equal(HttpStatusCode.OK, await EmulatorTurns.SendAsync(host, connector, "skip", "bỏ qua", null));
            Assert.Contains("confirmForm", connector.Requests[^1].Body);

            host.Clock.Advance(TimeSpan.FromSeconds(1));
            log.Take();
            var logged = host.Logs.Entries.Count;
            Assert.Equal(HttpStatusCode.OK, await EmulatorTurns.SendAsync(host, connector, "confirm", null, new { action = "confirmForm", session }));
            var turn = (IReadOnlyList<string>)[.. StoreCommandLog.PreparedStatements(host, logged), .. log.Take()];

            Assert.Matches("LCU-\\d{4}-\\d{5}", connector.Requests[^1].Body);
            var shown = string.Join("\n", turn.Select(c => c.Length > 110 ? c[..110] : c));
            Assert.True(turn.Count(c => c != "COMMIT") == ExpectedCommands, $"{turn.Count(c => c != "COMMIT")} commands:\n{shown}");
            Assert.True(turn.Count(StoreCommandLog.IsWrite) == ExpectedWrites, $"{turn.Count(StoreCommandLog.IsWrite)} writes:\n{shown}");
        }
        finally
        {
            ServiceTestHost.DeleteFolder(folder);
        }
    }

    [GeneratedRegex("\"session\\\\?\"\\s*:\\s*\\\\?\"([0-9a-f]{32})")]
    private static partial Regex SessionId();
}
