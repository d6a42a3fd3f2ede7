using InternalTthc.Bot.Conversations.Forms;
using InternalTthc.Cards.Forms;
using InternalTthc.Core.Calendar;
using InternalTthc.Cards.Texts;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Directory;
using InternalTthc.Core.Understanding;

namespace InternalTthc.Bot.Conversations.Turns;

/// <summary>What answers when nothing else did: the unfinished form to resume ("tiếp tục?"), then the menu — never a dead end.</summary>
public sealed class MenuStep(FormSessions sessions, ProcedureCatalog catalog, MainMenu menu, MenuShown shown, IDirectoryStore directory, TurnRecognition recognition) : ITurnStep
{
    public static bool Concerns(Turn turn) => turn.Person is not null;

    public async Task<bool> HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (turn.Person is not { } person)
        {
            return false;
        }

        if (await sessions.LoadAsync(person.Person.Id, cancellationToken) is { Session.IsOpen: true } unfinished
            && catalog.Find(unfinished.Session.ProcedureCode) is { } started)
        {
            await turn.Reply.SendAsync(ResumeCard.Create(started.DisplayName, VietnamTime.Format(unfinished.Session.StartedAt), unfinished.Session.Id), cancellationToken);
        }

        else if (await GreetsAsync(turn, person, cancellationToken) && await shown.IsLastAsync(turn.Activity.ChannelId, turn.Activity.Conversation, cancellationToken))
        {
            await turn.Reply.SendAsync(NoticeCard.Create(CardText.Get("GreetingAgainTitle", null, person.Person.FullName), CardText.Get("GreetingAgain")), cancellationToken);
            return true;
        }

        await turn.Reply.SendAsync(await menu.ForAsync(person, cancellationToken), cancellationToken);
        return true;
    }

    /// <summary>
    /// Typed words that only greet ("xin chào", "chào"), not a button, not the chat opening: read in his unit's jurisdiction, as
    /// the free-text step read them just before (the unit is the one the turn's sighting read).
    /// </summary>
    private async Task<bool> GreetsAsync(Turn turn, PersonRoles person, CancellationToken ct) =>
        !turn.Joined && turn.Activity.Value is null
        && recognition.Recognize(turn.Activity.Text ?? "", (await directory.FindUnitAsync(person.Person.UnitId, ct))?.JurisdictionCode ?? "")
            is { Kind: RecognitionKind.Command, Command: CommandKind.Greeting };
}
