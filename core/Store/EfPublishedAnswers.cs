using System.Linq.Expressions;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Questions;
using Microsoft.EntityFrameworkCore;

namespace InternalTthc.Core.Store;

/// <summary>Searches the answered questions in the database: the words are matched and counted there, on both engines.</summary>
internal sealed class EfPublishedAnswers(TthcDbContext db, ProcedureCatalog catalog) : IPublishedAnswers
{
    private static readonly System.Reflection.MethodInfo Contains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;

    public async Task<IReadOnlyList<PublishedAnswer>> SearchAsync(string? jurisdictionCode, string? text, int limit, CancellationToken cancellationToken)
    {
        var published = db.Cases.AsNoTracking().Where(c => EF.Property<string?>(c, CaseConfiguration.AnswerSearch) != null);
        if (jurisdictionCode is not null)
        {
            published = published.Where(c => c.JurisdictionCode == jurisdictionCode);
        }

        var words = AnswerSearchText.Query(text);
        var matched = Matched(words);
        var ranked = words.Count == 0
            ? published.OrderByDescending(c => c.ClosedAt)
            : published.Where(AtLeastOne(matched)).OrderByDescending(matched).ThenByDescending(c => c.ClosedAt);
        var cases = await ranked.Take(limit).ToListAsync(cancellationToken);
        return [.. cases.Select(c => catalog.Find(c.ProcedureCode) is { } p ? PublishedAnswer.Of(c, p) : null).OfType<PublishedAnswer>()];
    }

    /// <summary>How many of the words the stored search text holds: a sum of CASE WHEN instr (SQLite) or strpos (PostgreSQL).</summary>
    private static Expression<Func<Case, int>> Matched(IReadOnlyList<string> words)
    {
        var c = Expression.Parameter(typeof(Case), "c");
        var stored = Expression.Call(typeof(EF), nameof(EF.Property), [typeof(string)], c, Expression.Constant(CaseConfiguration.AnswerSearch));
        Expression sum = Expression.Constant(0);
        foreach (var word in words)
        {
            // A captured value, so each word reaches the database as a parameter.
            Expression<Func<string>> sought = () => word;
            sum = Expression.Add(sum, Expression.Condition(Expression.Call(stored, Contains, sought.Body), Expression.Constant(1), Expression.Constant(0)));
        }

        return Expression.Lambda<Func<Case, int>>(sum, c);
    }

    private static Expression<Func<Case, bool>> AtLeastOne(Expression<Func<Case, int>> matched) =>
        Expression.Lambda<Func<Case, bool>>(Expression.GreaterThan(matched.Body, Expression.Constant(0)), matched.Parameters);
}
