using InternalTthc.Cards.Model;
using InternalTthc.Cards.Texts;

namespace InternalTthc.Cards.Cases;

/// <summary>A case: code, procedure, status, due dates with the working time left, the result or refusal, its timeline, and what the viewer may do.</summary>
public static class CaseCard
{
    /// <param name="headline">What just happened (good news), or why the last press was refused (<paramref name="refused"/>).</param>
    /// <param name="controls">What this viewer may do to the case now.</param>
    /// <param name="wholeLists">Every row of the annex lists (a web page), not the first <see cref="CaseContentSection.MaxRows"/>.</param>
    public static Card Create(CaseView c, string? headline = null, bool refused = false, CaseControls? controls = null, CardRefresh? refresh = null, bool wholeLists = false)
    {
        var facts = new List<Fact>
        {
            new(CardText.Get("CaseProcedure"), c.ProcedureName),
            new(CardText.Get("CaseStatus"), c.Status),
        };
        void Add(string key, string? value)
        {
            if (value is { Length: > 0 }) facts.Add(new Fact(CardText.ForCase(c.IsQuestion, key), value));
        }

        Add("CaseExecutingAgency", c.ExecutingAgency);
        Add("CaseRequesterDue", c.RequesterDue);
        Add("CaseReceiptDue", c.ReceiptDue);
        Add("CaseResolutionDue", c.ResolutionDue);
        Add(c.CalendarTime ? "CaseTimeLeftCalendar" : "CaseTimeLeft", c.TimeLeft);
        Add("CaseAssignee", c.Assignee);
        Add("CaseSupplementRequest", c.SupplementRequest);
        Add("CaseSupplementAnswer", c.SupplementAnswer);
        Add("CaseResultNumber", c.ResultNumber);
        Add("CaseResultDate", c.ResultDate);
        Add("CaseResultSummary", c.ResultSummary);
        facts.AddRange(c.Answer?.Facts() ?? []);
        Add("CaseRejectionReason", c.RejectionReason);
        Add("CaseRating", c.Rating);

        var body = new List<CardElement> { new TextElement(Title(c), TextRole.Title) };
        if (headline is not null) body.Add(new TextElement(headline, refused ? TextRole.Attention : TextRole.Good));
        if (c.Overdue && c.TimeLeft is { } late) body.Add(new TextElement(late, TextRole.Attention));
        if (c.FiledLate is { } filedLate) body.Add(new TextElement(filedLate, TextRole.Attention));
        body.Add(new FactsElement(facts));
        if (c.Stages.Count > 0)
        {
            body.Add(new TextElement(CardText.Get("CaseStages"), TextRole.Heading));
            // One line each: at Web Chat's width a fact's narrow title column broke the labels word by word.
            body.AddRange(c.Stages.Select(s => new TextElement(CardText.Get("CaseStageLine", null, s.Number, s.Name, CardText.Get($"CaseStage{s.State}")),
                s.State == StageState.Current ? TextRole.Body : TextRole.Subtle)));
        }

        body.AddRange(CaseContentSection.Create(c, wholeLists ? int.MaxValue : CaseContentSection.MaxRows));
        if (c.ResultFiles.Count > 0)
        {
            body.Add(new TextElement(CardText.Get("CaseResultFilesHeading"), TextRole.Heading));
            body.Add(new ButtonGroup([.. c.ResultFiles.Select(CaseContentSection.Link)]));
        }

        if (c.Documents.Count > 0 || c.Page is not null)
        {
            body.Add(new TextElement(CardText.ForCase(c.IsQuestion, "CaseDocumentsHeading"), TextRole.Heading));
            body.Add(new ButtonGroup([.. c.Documents.Append(c.Page).OfType<CaseLink>().Select(l => CardButton.Link(l.Title, l.Url))]));
            if (c.PageQrCode is { } qr) body.Add(new ImageElement(qr, CardText.ForCase(c.IsQuestion, "CasePageQr", null, c.Code)));
        }

        if (c.Timeline.Count > 0)
        {
            body.Add(new TextElement(CardText.Get("CaseTimeline"), TextRole.Heading));
            body.AddRange(c.Timeline.Select(t => new TextElement(CardText.Get("CaseTimelineLine", null, t.When, t.What))));
        }

        if (c.Advice is { } advice) body.Add(new TextElement(advice, TextRole.Subtle));
        if (controls is not null) body.AddRange(CasePanel.Create(controls with { IsQuestion = c.IsQuestion }));
        return new Card { Body = body, Refresh = refresh, Summary = $"{Title(c)}: {c.Status}" };
    }

    /// <summary>"Hồ sơ …", or "Câu hỏi …" for a question.</summary>
    public static string Title(CaseView c) => CardText.Get(c.IsQuestion ? "QuestionCaseTitle" : "CaseTitle", null, c.Code);

    /// <summary>
    /// A card a newer card of the same case has replaced in the conversation: said so on top, its buttons gone, and no
    /// refresh (Teams would draw the buttons again), so nobody acts from it on what it showed.
    /// </summary>
    public static Card Superseded(CaseView c)
    {
        var card = Create(c);
        return card with { Body = [card.Body[0], new TextElement(CardText.ForCase(c.IsQuestion, "CaseCardSuperseded", null, c.Code), TextRole.Warning), .. card.Body.Skip(1)] };
    }

}
