using System.Collections.Concurrent;
using System.Collections.Frozen;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Text;

namespace InternalTthc.Core.Understanding;

/// <summary>
/// A jurisdiction's procedures by their name and short name folded (<see cref="VietnameseText.Fold"/>), the first in the
/// catalog's order winning: a procedure typed as the menu shows it. Folded once per jurisdiction on first use, not for every
/// message (a greeting folded every offered name: ≈ 3 KB a turn).
/// </summary>
internal sealed class ProcedureNames(ProcedureCatalog catalog)
{
    private readonly ConcurrentDictionary<string, FrozenDictionary<string, Procedure>> _byJurisdiction = new(StringComparer.Ordinal);

    /// <summary>The procedure of the jurisdiction whose name or short name folds to <paramref name="folded"/>, if any.</summary>
    public Procedure? Find(string jurisdictionCode, string folded) =>
        _byJurisdiction.GetOrAdd(jurisdictionCode, static (code, c) => Index(c.ForJurisdiction(code)), catalog).GetValueOrDefault(folded);

    private static FrozenDictionary<string, Procedure> Index(IReadOnlyList<Procedure> procedures)
    {
        var names = new Dictionary<string, Procedure>(StringComparer.Ordinal);
        foreach (var p in procedures)
        {
            names.TryAdd(VietnameseText.Fold(p.Name), p);
            if (p.ShortName is { } shortName) names.TryAdd(VietnameseText.Fold(shortName), p);
        }
        return names.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
