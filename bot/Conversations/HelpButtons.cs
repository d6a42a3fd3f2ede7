using System.Text.Json;
using InternalTthc.Bot.Conversations.Forms;
using InternalTthc.Bot.Conversations.Turns;
using InternalTthc.Cards.Menu;
using InternalTthc.Core.Directory;

namespace InternalTthc.Bot.Conversations;

/// <summary>"Gặp cán bộ" (a person) and "Trợ giúp" (help, with examples of what the person's unit may file).</summary>
public sealed class HelpButtons(FormReplies notices, MainMenu menu) : ICardButton
{
    public async Task<bool> PressAsync(Turn turn, PersonRoles person, string action, JsonElement value, CancellationToken ct)
    {
        switch (action)
        {
            case CardData.AskHuman:
                await notices.HumanAsync(turn.Reply, ct);
                return true;
            case CardData.ShowHelp:
                await turn.Reply.SendAsync(HelpCard.Create(await menu.OfferedAsync(person, ct)), ct);
                return true;
            default:
                return false;
        }
    }
}
