using InternalTthc.Core.Cases;

namespace InternalTthc.Bot.Conversations.Forms;

/// <summary>
/// A form being filled by one person, saved between messages (so it survives restarts and can be
/// resumed later, on any channel). Its id becomes the case id, so a retried submission files once.
/// </summary>
public sealed record FormSession
{
    public required Guid Id { get; init; }
    public required string ProcedureCode { get; init; }
    public string? SubCaseCode { get; init; }
    public FormStage Stage { get; init; }

    /// <summary>Each answer as typed (and normalized); an empty text is a skipped optional field.</summary>
    public IReadOnlyDictionary<string, string> Values { get; init; } = new Dictionary<string, string>();

    public IReadOnlyList<CaseFile> Files { get; init; } = [];

    /// <summary>The field asked one at a time, when <see cref="Stage"/> is <see cref="FormStage.Asking"/>.</summary>
    public string? Asking { get; init; }

    /// <summary>Only this field is being changed from the summary.</summary>
    public string? Editing { get; init; }

    /// <summary>The annex row being added or changed, if any.</summary>
    public RowDraft? Row { get; init; }

    /// <summary>The channel's id of the last card this form showed, to replace it when the form is filed.</summary>
    public string? ShownActivityId { get; init; }

    public required DateTimeOffset StartedAt { get; init; }
    public string? SubmittedCode { get; init; }

    public bool IsOpen => Stage is not (FormStage.Submitting or FormStage.Submitted);

    public FormSession WithValue(string field, string value) =>
        this with { Values = new Dictionary<string, string>(Values) { [field] = value } };

    public FormSession Without(string field) =>
        this with { Values = Values.Where(v => v.Key != field).ToDictionary(), Files = [.. Files.Where(f => f.FieldName != field)] };
}
