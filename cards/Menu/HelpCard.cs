using InternalTthc.Cards.Model;
using InternalTthc.Cards.Texts;

namespace InternalTthc.Cards.Menu;

/// <summary>What the assistant understands, and the way to a person; also the answer to text it did not understand.</summary>
public static class HelpCard
{
    public static Card Create(bool notUnderstood) => new()
    {
        Body =
        [
            new TextElement(CardText.Get(notUnderstood ? "NotUnderstoodTitle" : "HelpTitle"), TextRole.Heading),
            new TextElement(CardText.Get("HelpBody")),
        ],
        Actions =
        [
            new CardButton(CardText.Get("ButtonMenu"), CardData.Action(CardData.ShowMenu)) { Command = "menu" },
            new CardButton(CardText.Get("ButtonMyCases"), CardData.Action(CardData.ShowMyCases)) { Command = "hồ sơ của tôi" },
            new CardButton(CardText.Get("ButtonHuman"), CardData.Action(CardData.AskHuman)) { Command = "gặp cán bộ" },
            // Named in its own language: "English" on a Vietnamese card, "Tiếng Việt" on an English one.
            new CardButton(CardText.Get("LanguageOther"), CardData.Action(CardData.ChooseLanguage, ("language", CardText.Get("LanguageOtherCode")))) { Command = CardText.Get("LanguageOther") },
        ],
        Summary = CardText.Get(notUnderstood ? "NotUnderstoodTitle" : "HelpTitle"),
    };
}
