using System.Text.Json;
using InternalTthc.Bot.Conversations.Forms;
using InternalTthc.Bot.Conversations.Turns;
using InternalTthc.Cards.Menu;
using InternalTthc.Core.Directory;

namespace InternalTthc.Bot.Conversations;

/// <summary>"Gặp cán bộ" (a person) and "Trợ giúp" (help).</summary>
public sealed class HelpButtons(FormReplies notices) : ICardButton
{
    public async Task<bool> PressAsync(Turn turn, PersonRoles person, string action, JsonElement value, CancellationToken ct)
    {
        switch (action)
        {
            case CardData.AskHuman:
                await notices.HumanAsync(turn.Reply, ct);
                return true;
            case CardData.ShowHelp:
                await turn.Reply.SendAsync(HelpCard.Create(notUnderstood: false), ct);
                return true;
            default:
                return false;
        }
    }
}
