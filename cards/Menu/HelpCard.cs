using InternalTthc.Cards.Model;
using InternalTthc.Cards.Texts;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Understanding;

namespace InternalTthc.Cards.Menu;

/// <summary>What the assistant understands, with examples only of what the person's catalog offers, and the way to a person.</summary>
public static class HelpCard
{
    public static Card Create(IEnumerable<Procedure> offered) => new()
    {
        Body =
        [
            new TextElement(CardText.Get("HelpTitle"), TextRole.Heading),
            new TextElement(CardText.Get("HelpBody", null, CommandButtons.Examples(offered))),
        ],
        Actions =
        [
            .. new[] { CommandKind.Menu, CommandKind.MyCases, CommandKind.Human }.Select(c => CommandButtons.For(c)!),
            // Named in its own language: "English" on a Vietnamese card, "Tiếng Việt" on an English one.
            new CardButton(CardText.Get("LanguageOther"), CardData.Action(CardData.ChooseLanguage, ("language", CardText.Get("LanguageOtherCode")))) { Command = CardText.Get("LanguageOther") },
        ],
        Summary = CardText.Get("HelpTitle"),
    };
}
