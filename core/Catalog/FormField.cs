namespace InternalTthc.Core.Catalog;

/// <summary>One question of a procedure's form. Cards and text prompts are generated from it.</summary>
public sealed record FormField
{
    /// <summary>Key of the answer in the case's form values (camelCase, unique in the form).</summary>
    public required string Name { get; init; }

    public required string Label { get; init; }
    public string? LabelEn { get; init; }
    public required FieldType Type { get; init; }
    public bool Required { get; init; }
    public string? Help { get; init; }
    public string? Placeholder { get; init; }

    /// <summary>A regular expression the whole answer must match, checked on the server.</summary>
    public string? Pattern { get; init; }

    /// <summary>The Vietnamese message shown when <see cref="Pattern"/> does not match.</summary>
    public string? PatternError { get; init; }

    public int? MaxLength { get; init; }

    /// <summary>Options of <see cref="FieldType.Choice"/> and <see cref="FieldType.MultiChoice"/>.</summary>
    public IReadOnlyList<FieldChoice> Choices { get; init; } = [];

    /// <summary>Columns of <see cref="FieldType.Rows"/> (an annex list): one row per person or unit.</summary>
    public IReadOnlyList<FormField> Columns { get; init; } = [];

    public int? MinRows { get; init; }
    public int? MaxRows { get; init; }

    /// <summary>Sub-cases this field belongs to; empty means every sub-case.</summary>
    public IReadOnlyList<string> SubCases { get; init; } = [];

    /// <summary>Asked only when this holds (another answer of the form, or of the same row for a column); null: always.</summary>
    public FieldCondition? ShownWhen { get; init; }

    /// <summary>Required only when this holds, whatever <see cref="Required"/> says otherwise.</summary>
    public FieldCondition? RequiredWhen { get; init; }

    /// <summary>Checks that may depend on other answers (the address format by kind of unit...).</summary>
    public IReadOnlyList<AnswerRule> Rules { get; init; } = [];
}
