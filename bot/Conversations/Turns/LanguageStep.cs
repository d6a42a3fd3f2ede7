using InternalTthc.Cards.Forms;
using InternalTthc.Cards.Menu;
using InternalTthc.Cards.Texts;
using InternalTthc.Core.Directory;
using InternalTthc.Core.Text;

namespace InternalTthc.Bot.Conversations.Turns;

/// <summary>
/// A person's choice of language: "English" or "Tiếng Việt", typed or pressed on the help card. Kept with him in the
/// directory, so every later reply and message to him is in that language; Vietnamese until he chooses otherwise.
/// </summary>
public sealed class LanguageStep(IDirectoryStore directory, MainMenu menu) : ITurnStep
{
    public static bool Concerns(Turn turn) => turn.Person is not null && Chosen(turn) is not null;

    public async Task<bool> HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (turn.Person is not { } person || Chosen(turn) is not { } language)
        {
            return false;
        }

        await directory.SetLanguageAsync(person.Person.Id, language == ResourceTexts.Vi.Name ? null : language, cancellationToken);
        ResourceTexts.Use(language);
        await turn.Reply.SendAsync(NoticeCard.Create(CardText.Get("LanguageTitle"), CardText.Get("LanguageChosen")), cancellationToken);
        await turn.Reply.SendAsync(await menu.ForAsync(person, cancellationToken), cancellationToken);
        return true;
    }

    /// <summary>"en" or "vi" when the turn chooses a language; the words are read with or without diacritics and case.</summary>
    private static string? Chosen(Turn turn)
    {
        if (turn.Action == CardData.ChooseLanguage)
        {
            return ResourceTexts.For(CardData.Text(turn.Activity.Value, "language")).Name;
        }

        var words = VietnameseText.Fold(string.Concat((turn.Activity.Text ?? "").Where(c => !char.IsPunctuation(c))));
        return words switch
        {
            "english" or "tieng anh" => ResourceTexts.En.Name,
            "tieng viet" or "vietnamese" => ResourceTexts.Vi.Name,
            _ => null,
        };
    }
}
