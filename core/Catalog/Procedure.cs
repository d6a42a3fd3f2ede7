using InternalTthc.Core.Directory;

namespace InternalTthc.Core.Catalog;

/// <summary>
/// One internal administrative procedure (thủ tục hành chính nội bộ) of one jurisdiction:
/// every field the decision publishes, plus what the bot needs to serve it.
/// </summary>
public sealed record Procedure
{
    /// <summary>Machine code, unique across all catalogs (e.g. "LCH-TDCV-01").</summary>
    public required string Code { get; init; }

    /// <summary>Set by the loader from the file's jurisdiction.</summary>
    public string JurisdictionCode { get; init; } = "";

    public required string Name { get; init; }

    /// <summary>A few words for buttons and lists; the published name is often a sentence.</summary>
    public string? ShortName { get; init; }

    public string? NameEn { get; init; }
    public required string Field { get; init; }

    /// <summary>"Cấp tỉnh", "Cấp huyện": the level of the publishing list.</summary>
    public string? Level { get; init; }

    public required ProcedureSource Source { get; init; }
    public required PublishedFields Published { get; init; }
    public required DeadlineRule Deadline { get; init; }

    /// <summary>
    /// Dated steps the requester or the agency must meet besides the resolution deadline: a yearly date (DTI
    /// self-assessment) or a period from a form date ("within 15 days of the retirement decision").
    /// </summary>
    public IReadOnlyList<Milestone> Milestones { get; init; } = [];

    public required FilingPolicy Filing { get; init; }
    public required ProcedureRouting Routing { get; init; }
    public ProcedureFlow Flow { get; init; } = ProcedureFlow.Form;

    /// <summary>Urgent cases (security incidents) remind at any hour and sort first.</summary>
    public bool Urgent { get; init; }

    /// <summary>Replaces the jurisdiction's reminder policy for this procedure; null: the jurisdiction's.</summary>
    public ReminderPolicy? Reminders { get; init; }

    /// <summary>The deciding authority approves the result before it is returned (e.g. DTI results).</summary>
    public bool RequiresApproval { get; init; }

    /// <summary>The kinds of request this procedure serves; what people type is understood through them.</summary>
    public IReadOnlyList<RequestKind> Kinds { get; init; } = [];

    /// <summary>Words people type for this procedure, with and without diacritics (optional: used to tell its sub-cases apart).</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];

    public IReadOnlyList<SubCase> SubCases { get; init; } = [];
    public IReadOnlyList<FormField> Form { get; init; } = [];

    /// <summary>Rules over the whole form ("at least one unit row or one person row").</summary>
    public IReadOnlyList<FormRule> FormRules { get; init; } = [];

    /// <summary>Show the jurisdiction's password policy with the procedure and its result (a new mailbox, a new password).</summary>
    public bool PasswordAdvice { get; init; }

    /// <summary>Named processing stages shown to the requester as the case moves (incident response).</summary>
    public IReadOnlyList<string> Stages { get; init; } = [];

    /// <summary>The published model of the request letter, when the decision gives one.</summary>
    public LetterTemplate? Letter { get; init; }

    public string DisplayName => ShortName ?? Name;

    /// <summary>The field holding the question of a question procedure (its free-text field); null for other procedures.</summary>
    public FormField? QuestionField => Flow == ProcedureFlow.Question ? Form.FirstOrDefault(f => f.Type == FieldType.LongText) : null;

    /// <summary>Whether the unit may file the procedure, by its level and kind (nothing listed: every unit).</summary>
    public bool IsFiledBy(Unit unit) => Filing.Admits(unit.Level, unit.Kind);

    /// <summary>
    /// The fields asked in a sub-case: those of every sub-case and its own, a shared list narrowed to the columns the
    /// sub-case names, and without what it fixes (<see cref="SubCase.Fixed"/>).
    /// </summary>
    public IEnumerable<FormField> FieldsFor(string? subCaseCode)
    {
        var subCase = SubCases.FirstOrDefault(s => s.Code == subCaseCode);
        var fixedFields = subCase?.Fixed.Where(x => x.Column is null).Select(x => x.Field).ToHashSet(StringComparer.Ordinal) ?? [];
        foreach (var f in Form.Where(f => f.SubCases.Count == 0 || (subCaseCode is not null && f.SubCases.Contains(subCaseCode))))
        {
            if (fixedFields.Contains(f.Name)) continue;
            if (subCase is null || f.Type != FieldType.Rows)
            {
                yield return f;
                continue;
            }

            var named = subCase.Columns.GetValueOrDefault(f.Name);
            var fixedColumns = subCase.Fixed.Where(x => x.Field == f.Name && x.Column is not null).Select(x => x.Column!).ToHashSet(StringComparer.Ordinal);
            yield return f with { Columns = [.. f.Columns.Where(c => (named is null || named.Contains(c.Name)) && !fixedColumns.Contains(c.Name))] };
        }
    }

    /// <summary>The form name of a sub-case, else the published one (null when the source states none).</summary>
    public string? FormNameFor(string? subCaseCode) =>
        SubCases.FirstOrDefault(s => s.Code == subCaseCode)?.FormName ?? Published.FormName;
}
