using System.Text.Json;
using InternalTthc.Bot.Conversations.Turns;
using InternalTthc.Cards.Menu;
using InternalTthc.Core.Directory;

namespace InternalTthc.Bot.Questions;

/// <summary>"Tìm trong các câu hỏi đã được trả lời": the published answers of the person's province for the words he typed.</summary>
public sealed class AnswerButtons(IDirectoryStore directory, AnswerSearch answers) : ICardButton
{
    public async Task<bool> PressAsync(Turn turn, PersonRoles person, string action, JsonElement value, CancellationToken ct)
    {
        if (action != CardData.SearchAnswers)
        {
            return false;
        }

        var unit = await directory.FindUnitAsync(person.Person.UnitId, ct);
        await turn.Reply.SendAsync(await answers.CardAsync(unit?.JurisdictionCode, CardData.Text(value, "text"), ct), ct);
        return true;
    }
}
