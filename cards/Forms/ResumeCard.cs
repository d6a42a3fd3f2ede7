using InternalTthc.Cards.Menu;
using InternalTthc.Cards.Model;
using InternalTthc.Cards.Texts;

namespace InternalTthc.Cards.Forms;

/// <summary>"Bạn đang điền dở ... Tiếp tục?": an unfinished form found when the person comes back.</summary>
public static class ResumeCard
{
    public static Card Create(string procedureName, string startedAt, Guid sessionId) => new()
    {
        Body = [new TextElement(CardText.Get("ResumeTitle"), TextRole.Heading), new TextElement(CardText.Get("ResumeText", null, procedureName, startedAt))],
        Actions =
        [
            new CardButton(CardText.Get("ButtonResume"), CardData.Action(CardData.ResumeForm, ("session", sessionId.ToString("N"))), ButtonStyle.Positive) { Command = "tiếp tục" },
            new CardButton(CardText.Get("ButtonDiscard"), CardData.Action(CardData.CancelForm, ("session", sessionId.ToString("N")))) { Command = "bỏ" },
        ],
        Summary = CardText.Get("ResumeTitle"),
    };
}
