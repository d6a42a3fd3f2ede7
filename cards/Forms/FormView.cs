using InternalTthc.Core.Catalog;
using InternalTthc.Core.Forms;

namespace InternalTthc.Cards.Forms;

/// <summary>What a form card shows: the procedure, the fields being asked, their current text, errors and options.</summary>
public sealed record FormView
{
    public required Guid SessionId { get; init; }
    public required Procedure Procedure { get; init; }
    public SubCase? SubCase { get; init; }
    public required IReadOnlyList<FormField> Fields { get; init; }

    /// <summary>The answer of each field as a person would type it again (dates d/M/yyyy, rows one per line).</summary>
    public IReadOnlyDictionary<string, string> Values { get; init; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, string> Errors { get; init; } = new Dictionary<string, string>();
    public Func<FormField, IReadOnlyList<FieldOption>> Options { get; init; } = _ => [];

    /// <summary>Where the Excel template of an annex field is downloaded; null when there is none.</summary>
    public Func<FormField, Uri?> TemplateUrl { get; init; } = _ => null;

    /// <summary>The procedure's dates this year (DTI: self-assessment and approval), already written out.</summary>
    public IReadOnlyList<string> Dates { get; init; } = [];

    public string Title => SubCase is null ? Procedure.DisplayName : $"{Procedure.DisplayName}: {SubCase.Name}";
}
