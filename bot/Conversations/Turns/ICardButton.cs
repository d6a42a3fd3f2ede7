using System.Text.Json;
using InternalTthc.Core.Directory;

namespace InternalTthc.Bot.Conversations.Turns;

/// <summary>What the buttons of one kind do when pressed (by their action, <c>CardData</c>); <see cref="CardButtonStep"/> offers every press to each in turn.</summary>
public interface ICardButton
{
    /// <summary>Answers the press of a linked person; false when the action is not one of these buttons.</summary>
    Task<bool> PressAsync(Turn turn, PersonRoles person, string action, JsonElement value, CancellationToken ct);
}
