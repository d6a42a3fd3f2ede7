using System.Text.Json;
using InternalTthc.Bot.Conversations.Turns;
using InternalTthc.Cards.Menu;
using InternalTthc.Core.Directory;

namespace InternalTthc.Bot.Conversations.Forms;

/// <summary>
/// The buttons of a form's cards (sub-case, send, answer, change, confirm, cancel, resume), pressed on the form still
/// open; a press for a form no longer open is told so. It answers any press: one carrying no form gets the menu.
/// </summary>
public sealed class FormButtons(FormSessions sessions, FormContexts contexts, FormFlow flow, FormReplies notices, MainMenu menu) : ICardButton
{
    public async Task<bool> PressAsync(Turn turn, PersonRoles person, string action, JsonElement value, CancellationToken ct)
    {
        var open = await sessions.LoadAsync(person.Person.Id, ct);
        var pressed = CardData.Text(value, "session");
        if (pressed is not null && open is { } loaded && loaded.Session.Id.ToString("N") == pressed
            && await contexts.CreateAsync(person, loaded.Session.ProcedureCode, turn.Channel.ShowsCards, ct) is { } form)
        {
            await flow.OnActionAsync(turn.Reply, form, loaded.Session, loaded.Version, action, value, ct);
        }
        else if (pressed is not null)
        {
            await notices.FormGoneAsync(turn.Reply, null, ct);
        }
        else
        {
            await turn.Reply.SendAsync(await menu.ForAsync(person, ct), ct);
        }

        return true;
    }
}
