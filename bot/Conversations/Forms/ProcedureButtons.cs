using System.Text.Json;
using InternalTthc.Bot.Conversations.Turns;
using InternalTthc.Cards.Menu;
using InternalTthc.Core.Directory;

namespace InternalTthc.Bot.Conversations.Forms;

/// <summary>A procedure's buttons: start its form, or show what the catalog says of it.</summary>
public sealed class ProcedureButtons(FormContexts contexts, FormFlow flow, FormReplies notices, ProcedureDates dates) : ICardButton
{
    public async Task<bool> PressAsync(Turn turn, PersonRoles person, string action, JsonElement value, CancellationToken ct)
    {
        var showsCards = turn.Channel.ShowsCards;
        if (action == CardData.StartProcedure)
        {
            var ctx = await contexts.CreateAsync(person, CardData.Text(value, "procedure"), showsCards, ct);
            if (ctx is null) await notices.RefusedAsync(turn.Reply, contexts.Refusal(CardData.Text(value, "procedure")), ct);
            else await flow.StartAsync(turn.Reply, ctx, CardData.Text(value, "subCase"), ct);
            return true;
        }

        if (action == CardData.ShowProcedure && contexts.Catalog.Find(CardData.Text(value, "procedure") ?? "") is { } shown)
        {
            var canFile = await contexts.CreateAsync(person, shown.Code, showsCards, ct) is not null;
            await turn.Reply.SendAsync(ProcedureInfoCard.Create(shown, null, dates.For(shown), canFile, dates.About(shown)), ct);
            return true;
        }

        return false;
    }
}
