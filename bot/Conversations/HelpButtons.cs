using System.Text.Json;
using InternalTthc.Bot.Conversations.Turns;
using InternalTthc.Cards.Menu;
using InternalTthc.Core.Directory;

namespace InternalTthc.Bot.Conversations;

/// <summary>"Trợ giúp" (help, with examples of what the person's unit may file); "Gặp cán bộ" is the hand-off's (<see cref="Handoff.HandoffButtons"/>).</summary>
public sealed class HelpButtons(MainMenu menu) : ICardButton
{
    public async Task<bool> PressAsync(Turn turn, PersonRoles person, string action, JsonElement value, CancellationToken ct)
    {
        switch (action)
        {
            case CardData.ShowHelp:
                await turn.Reply.SendAsync(HelpCard.Create(await menu.OfferedAsync(person, ct)), ct);
                return true;
            default:
                return false;
        }
    }
}
