using System.Text.Json;
using InternalTthc.Bot.Questions;
using InternalTthc.Cards.Menu;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Understanding;

namespace InternalTthc.Bot.Conversations;

/// <summary>
/// For people whose channel account is linked to nobody: they cannot file, but can read every
/// jurisdiction's procedures and ask about them, search the published answers, and are told how to get linked.
/// </summary>
public sealed class GuestAnswers(ProcedureCatalog catalog, IntentRecognizer recognizer, ProcedureDates dates, AnswerSearch answers)
{
    public async Task AnswerAsync(ConversationReply reply, string? action, JsonElement? value, string? text, CancellationToken ct)
    {
        // Published answers are public: anyone may search them, in every province.
        if (!string.IsNullOrWhiteSpace(text) && recognizer.Recognize(text, "") is { Command: CommandKind.SearchAnswers } search)
        {
            await reply.SendAsync(await answers.CardAsync(null, search.SearchText, ct), ct);
            return;
        }

        if (action == CardData.BrowseJurisdiction && CardData.Text(value, "jurisdiction") is { } code && catalog.FindJurisdiction(code) is { } jurisdiction)
        {
            await reply.SendAsync(ProcedureListCard.Create(jurisdiction, catalog.ForJurisdiction(code)), ct);
            return;
        }

        var asked = action == CardData.ShowProcedure ? catalog.Find(CardData.Text(value, "procedure") ?? "") is { } shown ? [shown] : [] : Recognize(text);
        if (asked is [var only])
        {
            await reply.SendAsync(ProcedureInfoCard.Create(only, null, dates.For(only), canFile: false, dates.About(only)), ct);
        }
        else if (asked.Count > 1)
        {
            // He belongs to no province yet: he says which, rather than reading every province's answer.
            await reply.SendAsync(ProvinceChoiceCard.Create([.. asked.Select(p => (p, dates.JurisdictionName(p.JurisdictionCode)))]), ct);
        }

        await reply.SendAsync(UnlinkedCard.Create(catalog.Jurisdictions, asksForPhone: reply.Channel.AsksForPhone), ct);
    }

    /// <summary>The procedure the words ask about or for in each jurisdiction that has one.</summary>
    private IReadOnlyList<Procedure> Recognize(string? text) => string.IsNullOrWhiteSpace(text) ? [] :
        [.. catalog.Jurisdictions.Select(j => recognizer.Recognize(text, j.Code))
            .Where(r => r.Kind is RecognitionKind.InfoQuestion or RecognitionKind.Procedure && r.Match is not null)
            .Select(r => r.Match!.Procedure)];
}
