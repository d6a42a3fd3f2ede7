using InternalTthc.Cards.Model;

namespace InternalTthc.Cards.Forms;

/// <summary>A short message with optional buttons: confirmations, refusals, questions.</summary>
public static class NoticeCard
{
    public static Card Create(string title, string text, TextRole role = TextRole.Body, params CardButton[] buttons) => new()
    {
        Body = [new TextElement(title, TextRole.Heading), new TextElement(text, role)],
        Actions = buttons,
        Summary = title,
    };
}
