using InternalTthc.Bot.Conversations.Turns;
using InternalTthc.Cards.Handoff;
using InternalTthc.Cards.Menu;
using InternalTthc.Cards.Texts;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Handoff;
using InternalTthc.Core.Understanding;

namespace InternalTthc.Bot.Handoff;

/// <summary>
/// A person whose channel account is linked to nobody asks for a person (in words or with the button): he picks the
/// province, and the request goes to its IT centre's queue under an id of its own that names nobody in the directory, with
/// the name his channel gives and no unit — so the agent knows he is not identified, and no case can be filed for him.
/// </summary>
public sealed class GuestHandoffs(HandoffRequests requests, HandoffAgencies agencies, HandoffContextReader contexts, ProcedureCatalog catalog, IntentRecognizer recognizer)
{
    /// <summary>Whether the turn asked for a person (and was answered); false leaves it to the guest's other answers.</summary>
    public async Task<bool> TryRequestAsync(Turn turn, CancellationToken ct)
    {
        var typed = turn.Action is null ? turn.Activity.Text : null;
        var asked = turn.Action == CardData.AskHuman
            || (!string.IsNullOrWhiteSpace(typed) && recognizer.Recognize(typed, "") is { Command: CommandKind.Human });
        if (!asked || await requests.AlreadyOpenAsync(turn, ct) is not false)
        {
            return asked;
        }

        var provinces = catalog.Jurisdictions.ToList();
        var code = CardData.Text(turn.Activity.Value, GuestHandoffCard.JurisdictionKey) ?? (provinces is [var only] ? only.Code : null);
        if (code is null)
        {
            await turn.Reply.SendAsync(GuestHandoffCard.Create(provinces, typed), ct);
            return true;
        }

        if (catalog.FindJurisdiction(code) is null || await agencies.ForJurisdictionAsync(code, ct) is not { } agency)
        {
            await turn.Reply.SendAsync(HandoffNotices.Refused(HandoffText.Get("NoAgency")), ct);
            return true;
        }

        var words = typed ?? CardData.Text(turn.Activity.Value, GuestHandoffCard.WordsKey);
        await requests.OpenAsync(turn, agency, Guid.NewGuid(), words is null ? HandoffReason.Button : HandoffReason.Asked,
            token => contexts.ReadGuestAsync(turn.Channel.Name, turn.Activity.From?.Name, turn.Activity.Conversation!.Id!, words, token), ct);
        return true;
    }
}
