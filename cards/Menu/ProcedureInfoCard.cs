using InternalTthc.Cards.Model;
using InternalTthc.Cards.Texts;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Understanding;

namespace InternalTthc.Cards.Menu;

/// <summary>What the catalog publishes about a procedure, for "cần giấy tờ gì", "bao lâu", "mất phí không", "gồm những bước nào"...</summary>
public static class ProcedureInfoCard
{
    /// <param name="topic">The published field asked about; all of them when null.</param>
    /// <param name="dates">The procedure's dates this year, already computed ("Tự đánh giá: hạn cuối 09/11/2026").</param>
    public static Card Create(Procedure p, InfoTopic? topic, IReadOnlyList<string> dates, bool canFile)
    {
        var published = p.Published;
        var facts = new List<Fact>();
        if (topic is InfoTopic.Steps) facts.AddRange(published.Steps.Select((step, i) => new Fact(CardText.Get("InfoSteps") + $" ({i + 1})", step)));
        if (topic is null or InfoTopic.Documents) facts.Add(new Fact(CardText.Get("InfoDocuments"), $"{string.Join("; ", published.DossierComponents)} ({published.DossierCount})"));
        if (topic is null or InfoTopic.Duration) facts.Add(new Fact(CardText.Get("InfoDuration"), published.DeadlineText));
        if (topic is null or InfoTopic.Fee) facts.Add(new Fact(CardText.Get("InfoFee"), published.Fee));
        if (topic is null or InfoTopic.Agency)
        {
            facts.AddRange(published.Agencies.Select(a => new Fact(a.Role, a.Name)));
            facts.Add(new Fact(CardText.Get("InfoChannels"), string.Join("; ", published.Channels)));
        }

        if (topic is null or InfoTopic.LegalBasis) facts.Add(new Fact(CardText.Get("InfoLegalBasis"), string.Join("; ", published.LegalBasis)));
        if (topic is null) facts.Add(new Fact(CardText.Get("InfoResult"), published.Result));

        var body = new List<CardElement> { new TextElement(p.Name, TextRole.Title), new FactsElement(facts) };
        body.AddRange(dates.Select(d => new TextElement(d, TextRole.Warning)));
        return new Card
        {
            Body = body,
            Actions = canFile ? [new CardButton(CardText.Get("ButtonStartProcedure"), CardData.Action(CardData.StartProcedure, ("procedure", p.Code)), ButtonStyle.Positive)] : [],
            Summary = p.Name,
        };
    }
}
