using InternalTthc.Cards.Forms;
using InternalTthc.Cards.Model;
using InternalTthc.Cards.Texts;
using InternalTthc.Core.Understanding;

namespace InternalTthc.Bot.Conversations.Forms;

/// <summary>The short answers of the form flow: cancelled, already sent, no longer open.</summary>
public sealed class FormReplies
{
    public Task CancelledAsync(ConversationReply reply, FormSession session, CancellationToken ct) =>
        reply.ReplaceAsync(NoticeCard.Create(CardText.Get("CancelledTitle"), CardText.Get("Cancelled")), ct, session.ShownActivityId);

    public Task FormGoneAsync(ConversationReply reply, FormSession? session, CancellationToken ct) =>
        reply.SendAsync(session?.SubmittedCode is { } code
            ? NoticeCard.Create(CardText.Get("NoticeTitle"), CardText.Get("AlreadySubmitted", null, code), TextRole.Warning)
            : NoticeCard.Create(CardText.Get("FormGoneTitle"), CardText.Get("FormGone"), TextRole.Warning), ct);

    public Task IncidentUnderstoodAsync(ConversationReply reply, IncidentReport report, CancellationToken ct) =>
        reply.SendAsync(NoticeCard.Create(CardText.Get("NoticeTitle"), CardText.Get("IncidentUnderstood", null,
            UnderstandingLabels.Vietnamese(report.Kind), UnderstandingLabels.Vietnamese(report.Severity.Severity), UnderstandingLabels.Vietnamese(report.Severity)),
            TextRole.Body), ct); // an acknowledgement, not an error: never red, whatever the severity

    public Task RefusedAsync(ConversationReply reply, string reason, CancellationToken ct) =>
        reply.SendAsync(NoticeCard.Create(CardText.Get("NoticeTitle"), reason, TextRole.Attention), ct);
}
