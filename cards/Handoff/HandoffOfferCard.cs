using InternalTthc.Cards.Model;
using InternalTthc.Cards.Texts;
using InternalTthc.Core.Calendar;
using InternalTthc.Core.Handoff;

namespace InternalTthc.Cards.Handoff;

/// <summary>
/// The request as an agent is offered it: who asks, from which unit, why, the form in progress with its answers and his
/// last messages, and "Nhận hỗ trợ"; once someone took it (or it ended), who and when instead of the button.
/// </summary>
public static class HandoffOfferCard
{
    public static Card Create(HandoffRequest h, HandoffContext context, string? takenBy)
    {
        var title = HandoffText.Get(h.Critical ? "OfferTitleCritical" : "OfferTitle");
        var facts = new List<Fact>
        {
            new(HandoffText.Get("OfferRequester"), context.Position is { Length: > 0 } p ? $"{context.RequesterName} – {p}" : context.RequesterName),
            new(HandoffText.Get("OfferUnit"), context.UnitName),
            new(HandoffText.Get("OfferReason"), HandoffText.Get($"Reason{h.Reason}")),
            new(HandoffText.Get("OfferAt"), VietnamTime.Format(h.RequestedAt)),
        };
        if (context.Procedure is { } procedure) facts.Add(new(HandoffText.Get("OfferProcedure"), procedure));
        if (context.Words is { Length: > 0 } words) facts.Add(new(HandoffText.Get("OfferWords"), words));

        var body = new List<CardElement> { new TextElement(title, h.Critical ? TextRole.Attention : TextRole.Heading), new FactsElement(facts) };
        if (context.Answers.Count > 0) body.Add(new FactsElement([.. context.Answers.Select(a => new Fact(a.Label, a.Text))]));
        if (context.LastMessages.Count > 0)
        {
            body.Add(new TextElement(HandoffText.Get("OfferLastMessages"), TextRole.Subtle));
            body.Add(new FactsElement([.. context.LastMessages.Select(m => new Fact(m.Label, m.Text))]));
        }

        var open = h.Status == HandoffStatus.Waiting;
        if (!open)
        {
            body.Add(new TextElement(takenBy is { } agent && h.TakenAt is { } at
                ? HandoffText.Get("OfferTakenBy", agent, VietnamTime.Format(at)) : HandoffText.Get("OfferClosed"), TextRole.Good));
        }

        return new Card
        {
            Body = body,
            Actions = open ? [new CardButton(HandoffText.Get("ButtonTake"), HandoffActions.Data(HandoffActions.Take, h.Id), ButtonStyle.Positive)] : [],
            Summary = $"{title}: {context.RequesterName}",
        };
    }
}
