using InternalTthc.Core.Handoff;
using Microsoft.Extensions.Options;

namespace InternalTthc.Bot.Handoff;

/// <summary>
/// A waiting request's place in its agency's queue (critical incidents first, then by the time asked) and the expected
/// wait: the average wait of the agency's latest taken requests, once per place ahead.
/// </summary>
public sealed class HandoffQueue(IHandoffStore store, IOptions<HandoffOptions> options)
{
    public sealed record Place(int Number, int Minutes);

    /// <summary>The agency's waiting requests in the order agents should take them.</summary>
    public async Task<IReadOnlyList<HandoffRequest>> WaitingAsync(Guid agencyId, CancellationToken ct) =>
        [.. (await store.ListOpenAsync([agencyId], ct)).Where(h => h.Status == HandoffStatus.Waiting)
            .OrderByDescending(h => h.Critical).ThenBy(h => h.RequestedAt)];

    /// <summary>The place of <paramref name="handoff"/>; null once it is no longer waiting.</summary>
    public async Task<Place?> PlaceOfAsync(HandoffRequest handoff, CancellationToken ct)
    {
        var waiting = await WaitingAsync(handoff.AgencyId, ct);
        var index = waiting.ToList().FindIndex(h => h.Id == handoff.Id);
        return index < 0 ? null : new Place(index + 1, await MinutesAsync(handoff.AgencyId, index + 1, ct));
    }

    private async Task<int> MinutesAsync(Guid agencyId, int place, CancellationToken ct)
    {
        var o = options.Value;
        var waits = await store.RecentWaitsAsync(agencyId, o.WaitSample, ct);
        var each = waits.Count == 0 ? o.DefaultWait : TimeSpan.FromTicks((long)waits.Average(w => w.Ticks));
        return Math.Max(1, (int)Math.Ceiling((each * place).TotalMinutes));
    }
}
