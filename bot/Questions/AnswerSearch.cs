using InternalTthc.Cards.Model;
using InternalTthc.Cards.Questions;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Questions;

namespace InternalTthc.Bot.Questions;

/// <summary>Finds published answers for a search, in chat (one card) and on the public page alike.</summary>
public sealed class AnswerSearch(IPublishedAnswers answers, ProcedureCatalog catalog)
{
    /// <summary>How many answers a chat card lists: the best few, not a page to scroll.</summary>
    public const int InChat = 5;

    /// <param name="jurisdictionCode">The searcher's province; null searches every province (people linked to nobody, the public page).</param>
    public async Task<IReadOnlyList<AnswerView>> FindAsync(string? jurisdictionCode, string? text, int limit, CancellationToken ct) =>
        [.. (await answers.SearchAsync(jurisdictionCode, text, limit, ct)).Select(a => AnswerView.From(a, catalog.FindJurisdiction(a.JurisdictionCode)?.Name))];

    public async Task<Card> CardAsync(string? jurisdictionCode, string? text, CancellationToken ct) =>
        AnswerListCard.Create(text, await FindAsync(jurisdictionCode, text, InChat, ct));
}
