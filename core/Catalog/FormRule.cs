namespace InternalTthc.Core.Catalog;

/// <summary>
/// A rule over a whole form: at least one of <see cref="AtLeastOne"/> has an answer (a rows field: at least one row),
/// e.g. "at least one unit mailbox or one personal mailbox".
/// </summary>
public sealed record FormRule
{
    public IReadOnlyList<string> AtLeastOne { get; init; } = [];

    /// <summary>The sub-cases the rule applies to; empty means every one.</summary>
    public IReadOnlyList<string> SubCases { get; init; } = [];

    public required string Error { get; init; }

    public bool AppliesTo(string? subCase) => SubCases.Count == 0 || (subCase is not null && SubCases.Contains(subCase));
}
