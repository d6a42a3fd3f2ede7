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
/// Teams shows the Vietnamese reason where the card was.
/// </summary>
public sealed class CaseInvokes(CaseActions actions, CardReplies replies, CaseCardTracker tracker)
{
    public async Task<InvokeResponse> AnswerAsync(Activity activity, ChannelCapabilities channel, PersonRoles? person, CancellationToken ct)
    {
        var action = activity.Value is { ValueKind: JsonValueKind.Object } v && v.TryGetProperty("action", out var a) && a.ValueKind == JsonValueKind.Object ? a : default;
        var verb = action.ValueKind == JsonValueKind.Object && action.TryGetProperty("verb", out var named) && named.ValueKind == JsonValueKind.String ? named.GetString() : null;
        var data = action.ValueKind == JsonValueKind.Object && action.TryGetProperty("data", out var d) ? d : default;
        var card = person is null ? UnlinkedCard.Create()
            : CaseVerbs.IsCaseVerb(verb) ? await actions.ExecuteAsync(person, verb!, data, ct)
            : NoticeCard.Create(CardText.Get("NoticeTitle"), CardText.Get("CaseActionNotAllowed"), TextRole.Warning);
        if (verb != CaseVerbs.Refresh && activity.Conversation?.IsShared() == false)
        {
            // In a personal chat the answer redraws the pressed message itself: it is current, not to be redrawn again.
            // In a group chat or team channel it is the presser's view only, and the message everyone sees is updated later.
            await tracker.TrackAsync(activity.ChannelId, activity.Conversation, card, activity.ReplyToId, ct);
        }

        return InvokeResponse.FromBody(200, new
        {
            statusCode = 200,
            type = AdaptiveCardRenderer.ContentType,
            value = replies.ToAdaptive(card, channel),
        });
    }
}
