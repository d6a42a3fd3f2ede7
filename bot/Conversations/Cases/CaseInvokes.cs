using System.Text.Json;
using InternalTthc.Bot.Channels;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Cards.Cases;
using InternalTthc.Cards.Forms;
using InternalTthc.Cards.Menu;
using InternalTthc.Cards.Model;
using InternalTthc.Cards.Rendering;
using InternalTthc.Cards.Texts;
using InternalTthc.Core.Directory;

namespace InternalTthc.Bot.Conversations.Cases;

/// <summary>
/// Teams' Universal Actions (<c>adaptiveCard/action</c>): a case button or a card refresh, answered in the
/// HTTP response with the card as the invoker may see it. Refusals come back as a card too (status 200), so
/// Teams shows the Vietnamese reason where the card was. A group chat or team channel gets no case data this way either.
/// </summary>
public sealed class CaseInvokes(CaseActions actions, CardReplies replies, CaseCardTracker tracker)
{
    public async Task<InvokeResponse> AnswerAsync(Activity activity, ChannelCapabilities channel, PersonRoles? person, CancellationToken ct)
    {
        var action = activity.Value is { ValueKind: JsonValueKind.Object } v && v.TryGetProperty("action", out var a) && a.ValueKind == JsonValueKind.Object ? a : default;
        var verb = action.ValueKind == JsonValueKind.Object && action.TryGetProperty("verb", out var named) && named.ValueKind == JsonValueKind.String ? named.GetString() : null;
        var data = action.ValueKind == JsonValueKind.Object && action.TryGetProperty("data", out var d) ? d : default;
        var card = person is null ? UnlinkedCard.Create()
            : activity.Conversation?.IsShared() != false ? CaseLookup.PrivateOnly()
            : CaseVerbs.IsCaseVerb(verb) ? await CaseCardAsync(activity, person, verb!, data, ct)
            : NoticeCard.Create(CardText.Get("NoticeTitle"), CardText.Get("CaseActionNotAllowed"), TextRole.Warning);
        return InvokeResponse.FromBody(200, new
        {
            statusCode = 200,
            type = AdaptiveCardRenderer.ContentType,
            value = replies.ToAdaptive(card, channel),
        });
    }

    /// <summary>
    /// In a personal chat the answer redraws the pressed message itself, under the headline kept for that message (a
    /// notification's news): a refresh shows the case as it stands now, a press what it did, and the message is then
    /// current, so the outbox neither draws it meanwhile nor again after.
    /// </summary>
    private async Task<Card> CaseCardAsync(Activity activity, PersonRoles person, string verb, JsonElement data, CancellationToken ct)
    {
        var shown = await tracker.FindAsync(activity.ChannelId, activity.Conversation, activity.ReplyToId, ct);
        if (verb == CaseVerbs.Refresh)
        {
            return await actions.RefreshAsync(person, data, shown?.Headline, ct);
        }

        if (shown is not null)
        {
            await tracker.HoldAsync(shown, ct);
        }

        var card = await actions.ExecuteAsync(person, verb, data, ct);
        var kept = card.Shows is { } shows ? card with { Shows = shows with { Headline = shown?.Headline } } : card;
        await tracker.TrackAsync(activity.ChannelId, activity.Conversation, kept, activity.ReplyToId, ct);
        return card;
    }
}
