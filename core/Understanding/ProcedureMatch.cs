using InternalTthc.Core.Catalog;

namespace InternalTthc.Core.Understanding;

/// <summary>
/// A procedure the words point to, the sub-case they name (if any), how strongly, and which of the
/// message's words it explains (in canonical form).
/// </summary>
public sealed record ProcedureMatch(Procedure Procedure, SubCase? SubCase, double Score, IReadOnlySet<string> MatchedWords)
{
    /// <summary>True when this match explains every word <paramref name="other"/> does, and more.</summary>
    public bool Dominates(ProcedureMatch other) => MatchedWords.IsProperSupersetOf(other.MatchedWords);
}
