using InternalTthc.Bot.Conversations.Forms;
using InternalTthc.Cards.Forms;
using InternalTthc.Core.Calendar;
using InternalTthc.Core.Catalog;

namespace InternalTthc.Bot.Conversations.Turns;

/// <summary>What answers when nothing else did: the unfinished form to resume ("tiếp tục?"), then the menu — never a dead end.</summary>
public sealed class MenuStep(FormSessions sessions, ProcedureCatalog catalog, MainMenu menu) : ITurnStep
{
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

        await turn.Reply.SendAsync(await menu.ForAsync(person, cancellationToken), cancellationToken);
        return true;
    }
}
