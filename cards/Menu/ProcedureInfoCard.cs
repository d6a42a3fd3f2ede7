using InternalTthc.Cards.Model;
using InternalTthc.Cards.Texts;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Understanding;

namespace InternalTthc.Cards.Menu;

/// <summary>
/// What the catalog publishes about a procedure, for "cần giấy tờ gì", "bao lâu", "mất phí không", "gồm những bước nào"...: each field verbatim,
/// "văn bản không nêu" where the source states nothing, and what changed since (today's agencies, its standing).
/// </summary>
public static class ProcedureInfoCard
{
    /// <param name="topic">The published field asked about; all of them when null.</param>
    /// <param name="dates">The procedure's dates this year, already computed ("Tự đánh giá: hạn cuối 09/11/2026").</param>
    public static Card Create(Procedure p, InfoTopic? topic, IReadOnlyList<string> dates, bool canFile, ProcedureNotes? notes = null)
    {
        notes ??= ProcedureNotes.None;
        var published = p.Published;
        var facts = new List<Fact>();
        if (topic is InfoTopic.Steps)
        {
            facts.AddRange(published.Steps.Count == 0
                ? [new Fact(CardText.Get("InfoSteps"), PublishedText.Of(published.Steps))]
                : published.Steps.Select((step, i) => new Fact(CardText.Get("InfoSteps") + $" ({i + 1})", step)));
        }

        if (topic is null or InfoTopic.Documents)
        {
            var count = published.DossierCount is { Length: > 0 } n ? $" ({n})" : "";
            facts.Add(new Fact(CardText.Get("InfoDocuments"), PublishedText.Of(published.DossierComponents) + count));
        }

        if (topic is null or InfoTopic.Duration) facts.Add(new Fact(CardText.Get("InfoDuration"), PublishedText.Of(published.DeadlineText)));
        if (topic is null or InfoTopic.Fee) facts.Add(new Fact(CardText.Get("InfoFee"), PublishedText.Of(published.Fee)));
        if (topic is null or InfoTopic.Agency)
        {
            facts.AddRange(published.Agencies.Select(a => new Fact(a.Role, a.Name)));
            Add(facts, "InfoExecutingNow", notes.ExecutingNow);
            Add(facts, "InfoDecidingNow", notes.DecidingNow);
            facts.Add(new Fact(CardText.Get("InfoChannels"), PublishedText.Of(published.Channels)));
        }

        if (topic is null or InfoTopic.LegalBasis) facts.Add(new Fact(CardText.Get("InfoLegalBasis"), PublishedText.Of(published.LegalBasis)));
        if (topic is null) facts.Add(new Fact(CardText.Get("InfoResult"), PublishedText.Of(published.Result)));

        var body = new List<CardElement> { new TextElement(p.Name, TextRole.Title) };
        if (notes.Standing is { } standing) body.Add(new TextElement(standing, TextRole.Attention));
        body.Add(new FactsElement(facts));
        body.AddRange(dates.Select(d => new TextElement(d, TextRole.Warning)));
        if (notes.Passwords is { } passwords) body.Add(new TextElement(passwords, TextRole.Subtle));
        return new Card
        {
            Body = body,
            Actions = canFile ? [new CardButton(CardText.Get("ButtonStartProcedure"), CardData.Action(CardData.StartProcedure, ("procedure", p.Code)), ButtonStyle.Positive)] : [],
            Summary = p.Name,
        };
    }

    private static void Add(List<Fact> facts, string key, string? value)
    {
        if (value is not null) facts.Add(new Fact(CardText.Get(key), value));
    }
}
