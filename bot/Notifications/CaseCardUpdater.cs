using InternalTthc.Bot.Channels;
using InternalTthc.Bot.Channels.BotFramework.References;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Bot.Channels.BotFramework.Turns;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Notifications;
using InternalTthc.Core.Text;

namespace InternalTthc.Bot.Notifications;

/// <summary>
/// Brings every shown card of a changed case up to date in place (where the channel cannot edit a message, a new short
/// message says what changed: <see cref="CaseChangeMessages"/>): a person's card as he may now see it, under the
/// headline it had (a notification keeps saying its news), or a card saying he no longer may; a card a newer one of the
/// case pushed out of those kept current is drawn once more as an old card without buttons, then forgotten. Cards already showing the case's version are
/// left alone (the card a press redrew, the row of a second event), and a card a press is redrawing right now is waited for;
/// a message the channel no longer has is forgotten;
/// anything else (throttling, outages, a rotated password) retries the row.
/// </summary>
public sealed class CaseCardUpdater(
    IServiceScopeFactory scopes, IShownCaseCards shown, ShownCardDrawer drawer, IConversationReferenceStore references,
    ConversationCalls calls, CaseChangeMessages changes, TimeProvider clock, ILogger<CaseCardUpdater> logger) : IOutboxHandler
{
    /// <summary>Redraws of one card per row when the case keeps changing meanwhile; the later events' rows take over after.</summary>
    private const int MaxRounds = 3;

    public async Task<OutboxResult> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (CaseCardsPayload.Read(message) is not { } payload)
        {
            return OutboxResult.Failed("Unreadable case cards payload.");
        }

        var failures = new List<ConnectorFailure>();
        foreach (var card in await shown.ListAsync(payload.CaseId, cancellationToken))
        {
            if (await UpdateAsync(card, payload.EventId, cancellationToken) is { } failure)
            {
                failures.Add(failure);
            }
        }

        return failures.Count == 0 ? OutboxResult.Done()
            : OutboxResult.Retry(string.Join("; ", failures.Select(f => f.Detail)), failures.Max(f => f.RetryAfter));
    }

    /// <summary>Null when the card is current, updated or forgotten; the failure when the channel may take it later.</summary>
    private async Task<ConnectorFailure?> UpdateAsync(ShownCaseCard card, Guid? eventId, CancellationToken ct)
    {
        if (card.HeldUntil is { } held && held > clock.GetUtcNow())
        {
            // Teams is drawing this very message from the press's answer; the press then records what it drew, and the row,
            // tried again after, finds the card current (or redraws it for a change the press did not see).
            return new ConnectorFailure("a press is redrawing the card", held - clock.GetUtcNow());
        }

        var c = await LoadAsync(card.CaseId, ct);
        if (c is null)
        {
            return await ForgetAsync(card, "the case is gone", ct);
        }

        if (card.SupersededAt is not null)
        {
            return await RetireAsync(card, c, ct);
        }

        if (!ChannelRegistry.For(card.ChannelId).UpdatesInPlace)
        {
            // Someone who may no longer see the case is told nothing more of it.
            if (await drawer.ViewerAsync(card, c, ct) is not { } viewer)
            {
                return await ForgetAsync(card, "its viewer may no longer see the case", ct);
            }

            ResourceTexts.Use(viewer.Person.Language);
            return await changes.TellAsync(card, c, eventId, ct);
        }

        // Drawn from the case as read before the message went out: when a change was committed meanwhile, another
        // row's message may have reached the channel before this one, so the card is drawn again until it is stable.
        ConversationReference? reference = null;
        for (var (round, version) = (0, card.CaseVersion); c is not null && c.Version > version && round < MaxRounds; round++)
        {
            reference ??= await references.FindAsync(card.ChannelId, card.ConversationId, ct);
            if (reference is null)
            {
                return await ForgetAsync(card, "no conversation reference is stored", ct);
            }

            var (drawn, visible) = await drawer.DrawAsync(card, c, ct);
            if (await calls.TryAsync(reference, (turn, token) => turn.UpdateActivityAsync(drawn, token), ct) is { } failure)
            {
                return failure.Gone ? await ForgetAsync(card, failure.Detail, ct) : failure;
            }

            if (!visible)
            {
                return await ForgetAsync(card, "its viewer may no longer see the case", ct);
            }

            await shown.MarkShownAsync(card.Id, c.Version, ct);
            version = c.Version;
            c = await LoadAsync(card.CaseId, ct);
        }

        return null;
    }

    /// <summary>The last drawing of a superseded card: marked old, its buttons gone; after that it is no longer kept.</summary>
    private async Task<ConnectorFailure?> RetireAsync(ShownCaseCard card, Case c, CancellationToken ct)
    {
        if (await references.FindAsync(card.ChannelId, card.ConversationId, ct) is not { } reference)
        {
            return await ForgetAsync(card, "no conversation reference is stored", ct);
        }

        var (drawn, _) = await drawer.DrawAsync(card, c, ct);
        var failure = await calls.TryAsync(reference, (turn, token) => turn.UpdateActivityAsync(drawn, token), ct);
        return failure is { Gone: false } ? failure : await ForgetAsync(card, failure?.Detail ?? "a newer card of the case replaced it", ct);
    }

    private async Task<ConnectorFailure?> ForgetAsync(ShownCaseCard card, string why, CancellationToken ct)
    {
        logger.LogInformation("Case card {ActivityId} on {ChannelId} is no longer kept current: {Why}.", card.ActivityId, card.ChannelId, why);
        await shown.ForgetAsync(card.Id, ct);
        return null;
    }

    /// <summary>The case as committed now (a scope of its own, so a second read is not the first one's tracked copy).</summary>
    private async Task<Case?> LoadAsync(Guid caseId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ICaseStore>().FindAsync(caseId, ct);
    }
}
