using InternalTthc.Core.Catalog;

namespace InternalTthc.Core.Understanding;

/// <summary>A procedure with its keywords and names as phrases, and those of each sub-case.</summary>
internal sealed record IndexedProcedure(Procedure Procedure, IReadOnlyList<Phrase> Phrases, IReadOnlyList<(SubCase SubCase, IReadOnlyList<Phrase> Phrases)> SubCases);
