using System.Text.Json;
using InternalTthc.Bot.Conversations.Turns;
using InternalTthc.Cards.Menu;
using InternalTthc.Core.Directory;

namespace InternalTthc.Bot.Conversations;

/// <summary>"Trợ giúp" (help); "Gặp cán bộ" is the hand-off's (<see cref="Handoff.HandoffButtons"/>).</summary>
public sealed class HelpButtons : ICardButton
{
    public async Task<bool> PressAsync(Turn turn, PersonRoles person, string action, JsonElement value, CancellationToken ct)
    {
        switch (action)
        {
            case CardData.ShowHelp:
                await turn.Reply.SendAsync(HelpCard.Create(notUnderstood: false), ct);
                return true;
            default:
                return false;
        }
    }
}
