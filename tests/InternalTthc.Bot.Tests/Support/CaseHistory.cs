using InternalTthc.Core.Cases;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Bot.Tests.Support;

/// <summary>Moves filed cases through their steps on the service's fake clock, as their agents and requesters would.</summary>
public sealed class CaseHistory(ServiceTestHost host)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public CaseDesk Desk { get; } = new(host.Services);

    public Task ReceiveAsync(string code, string agent) => ActAsync(code, agent, (s, c, p) => s.ReceiveAsync(c, p, Ct));

    public Task ResolveAsync(string code, string agent) =>
        ActAsync(code, agent, (s, c, p) => s.ResolveAsync(c, p, new CaseResult($"{code}/TTCNTT", new DateOnly(2026, 3, 2), "Đã thực hiện.", []), Ct));

    public Task RateAsync(string code, string requester, int score) => ActAsync(code, requester, (s, c, p) => s.RateAsync(c, p, score, null, Ct));

    /// <summary>Moves the clock to a wall-clock moment of Vietnam.</summary>
    public void At(int day, int hour, int minute = 0)
    {
        var target = new DateTimeOffset(2026, 3, day, hour, minute, 0, TimeSpan.FromHours(7));
        host.Clock.Advance(target - host.Clock.GetUtcNow());
    }

    private async Task ActAsync(string code, string login, Func<CaseService, Guid, Guid, Task<Case>> act)
    {
        var c = await Desk.FindAsync(code);
        var person = await Desk.PersonIdAsync(login);
        await using var scope = host.Services.CreateAsyncScope();
        await act(scope.ServiceProvider.GetRequiredService<CaseService>(), c.Id, person);
    }
}
