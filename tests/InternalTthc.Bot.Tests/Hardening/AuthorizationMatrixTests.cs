using System.Net;
using InternalTthc.Bot.Tests.Support;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Forms;
using InternalTthc.Core.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Bot.Tests.Hardening;

/// <summary>
/// Issue 17's authorisation matrix on the real service: every case action and the look-up × people of the requesting
/// unit, the executing unit, another unit, another jurisdiction, a deactivated insider and an unlinked chat account,
/// with the real code and guessed ones. Which insider role may do which action is CaseWorkflowMatrixTests'; here nothing
/// may cross a unit or jurisdiction boundary. Prints the crossings found (expected 0).
/// </summary>
public sealed class AuthorizationMatrixTests(ITestOutputHelper output)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Each case action as an outsider would attempt it.</summary>
    private static readonly (string Name, Func<CaseService, Guid, Guid, Task> Act)[] Actions =
    [
        ("withdraw", (s, c, p) => s.WithdrawAsync(c, p, "x", Ct)),
        ("receive", (s, c, p) => s.ReceiveAsync(c, p, Ct)),
        ("refuse", (s, c, p) => s.RefuseInvalidAsync(c, p, "x", Ct)),
        ("start", (s, c, p) => s.StartProcessingAsync(c, p, Ct)),
        ("ask supplement", (s, c, p) => s.RequestSupplementAsync(c, p, "x", Ct)),
        ("supplement", (s, c, p) => s.SupplementAsync(c, p, FormAnswers.Empty, "x", Ct)),
        ("resolve", (s, c, p) => s.ResolveAsync(c, p, new CaseResult("1/QĐ", new DateOnly(2026, 3, 2), "x", []), Ct)),
        ("answer", (s, c, p) => s.AnswerAsync(c, p, "x", Ct)),
        ("stage", (s, c, p) => s.MoveToStageAsync(c, p, 1, Ct)),
        ("approve", (s, c, p) => s.ApproveAsync(c, p, "x", Ct)),
        ("return", (s, c, p) => s.ReturnForReworkAsync(c, p, "x", Ct)),
        ("reject", (s, c, p) => s.RejectAsync(c, p, "x", Ct)),
        ("reopen", (s, c, p) => s.ReopenAsync(c, p, "x", Ct)),
        ("rate", (s, c, p) => s.RateAsync(c, p, 5, "x", Ct)),
        ("assign", (s, c, p) => s.AssignAsync(c, p, p, Ct)),
        ("confirm", (s, c, p) => s.ConfirmForUnitAsync(c, p, Ct)),
    ];

    [Fact]
    public async Task Nobody_outside_the_case_sees_or_acts_on_it_whatever_the_code_or_the_data_forged()
    {
        await using var host = await ServiceTestHost.StartAsync();
        var desk = new CaseDesk(host.Services);
        // Another unit of the same jurisdiction; other jurisdictions' agents, focal points and administrators; an insider deactivated.
        string[] outsiders = ["hyn.huyen.daumoi", "hyn.xa.daumoi", "lcu.cntt", "lcu.daumoi", "lcu.quantri", "cto.cntt", "tth.daumoi", "hyn.cntt.off"];
        await DeactivatedCopyAsync(host, "hyn.cntt", "hyn.cntt.off");
        var crossings = new List<string>();
        var tried = 0;
        foreach (var (name, act) in Actions)
        {
            // A fresh case per action: each outsider tries it on a case where insiders could.
            var code = await desk.FileAsync("hyn.daumoi", "hyn-mailbox-restore");
            var c = await desk.FindAsync(code);
            foreach (var login in outsiders)
            {
                var person = await desk.PersonIdAsync(login);
                foreach (var guess in new[] { code, Guessed(code) })
                {
                    tried++;
                    if (await SeesAsync(host, person, guess))
                    {
                        crossings.Add($"{login} sees {guess}");
                    }
                }

                tried++;
                await using var scope = host.Services.CreateAsyncScope();
                try
                {
                    await act(scope.ServiceProvider.GetRequiredService<CaseService>(), c.Id, person);
                    crossings.Add($"{login} could {name} {code}");
                }
                catch (CaseNotFoundException)
                {
                    // Refused as if the case did not exist: nothing learnt.
                }
            }
        }

        var chat = await ChatCrossingsAsync(host, desk);
        output.WriteLine($"{tried} service attempts and {chat.Tried} chat attempts by outsiders; crossings found: {crossings.Count + chat.Found.Count}");
        Assert.Empty(crossings);
        Assert.Empty(chat.Found);
    }

    [Fact]
    public async Task Insiders_see_the_case_and_a_deactivated_one_no_longer_does()
    {
        await using var host = await ServiceTestHost.StartAsync();
        var desk = new CaseDesk(host.Services);
        var code = await desk.FileAsync("hyn.daumoi", "hyn-mailbox-restore");
        await DeactivatedCopyAsync(host, "hyn.cntt", "hyn.cntt.off");

        Assert.True(await SeesAsync(host, await desk.PersonIdAsync("hyn.daumoi"), code));
        Assert.True(await SeesAsync(host, await desk.PersonIdAsync("hyn.cntt"), code));
        Assert.False(await SeesAsync(host, await desk.PersonIdAsync("hyn.cntt.off"), code));
    }

    /// <summary>Outsiders over chat: the look-up, a forged case button, and an account nobody linked.</summary>
    private static async Task<(int Tried, List<string> Found)> ChatCrossingsAsync(ServiceTestHost host, CaseDesk desk)
    {
        var code = await desk.FileAsync("hyn.daumoi", "hyn-mailbox-restore");
        var c = await desk.FindAsync(code);
        var found = new List<string>();
        var tried = 0;
        foreach (var (login, channel) in new[] { ("lcu.cntt", "directline"), ("hyn.huyen.daumoi", "directline"), ("29:nobody-linked", "msteams") })
        {
            var chat = new ChatDriver(host.Services, login, channel);
            await chat.SayAsync($"tra cứu {code}");
            tried++;
            if (chat.Sent.Any(a => ChatDriver.Text(a).Contains("nam.dv", StringComparison.Ordinal) || ChatDriver.Text(a).Contains(c.Id.ToString("N"), StringComparison.Ordinal)))
            {
                found.Add($"{login} read {code} over chat");
            }

            // A button the outsider never got, forged with the case's id and code.
            await chat.SubmitAsync(new System.Text.Json.Nodes.JsonObject { ["action"] = "caseAction", ["caseId"] = c.Id.ToString("N"), ["code"] = code, ["verb"] = "receive" });
            tried++;
        }

        if ((await desk.FindAsync(code)).Status != CaseStatus.Submitted)
        {
            found.Add("a forged button moved the case");
        }

        return (tried, found);
    }

    private static async Task<bool> SeesAsync(ServiceTestHost host, Guid person, string code)
    {
        await using var scope = host.Services.CreateAsyncScope();
        try
        {
            await scope.ServiceProvider.GetRequiredService<CaseService>().FindForAsync(person, code, Ct);
            return true;
        }
        catch (CaseNotFoundException)
        {
            return false;
        }
    }

    /// <summary>The next code of the same series: what someone guessing would try.</summary>
    private static string Guessed(string code) => code[..^5] + ((int.Parse(code[^5..], System.Globalization.CultureInfo.InvariantCulture) % 99999) + 1).ToString("00000", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A person with <paramref name="login"/>'s unit and roles, then deactivated.</summary>
    private static async Task DeactivatedCopyAsync(ServiceTestHost host, string login, string copy)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TthcDbContext>();
        var original = await db.People.AsNoTracking().SingleAsync(p => p.Login == login, Ct);
        var person = new Core.Directory.Person { Login = copy, FullName = "Đã nghỉ", UnitId = original.UnitId, Active = false };
        db.People.Add(person);
        db.RoleAssignments.AddRange((await db.RoleAssignments.AsNoTracking().Where(r => r.PersonId == original.Id).ToListAsync(Ct))
            .Select(r => new Core.Directory.RoleAssignment { PersonId = person.Id, Role = r.Role, UnitId = r.UnitId }));
        await db.SaveChangesAsync(Ct);
    }
}
