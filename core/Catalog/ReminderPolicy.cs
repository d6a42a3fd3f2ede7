namespace InternalTthc.Core.Catalog;

/// <summary>
/// When and whom to remind about a case's deadlines, in working time. A jurisdiction sets one for all
/// its procedures (<see cref="JurisdictionPolicy.Reminders"/>); a procedure may replace it whole
/// (<see cref="Procedure.Reminders"/>). Empty lists and null intervals mean "no such reminder".
/// </summary>
public sealed record ReminderPolicy
{
    /// <summary>Working hours before the receipt due moment to remind the executing agency, e.g. [4].</summary>
    public IReadOnlyList<int> BeforeReceiptDueHours { get; init; } = [];

    /// <summary>Working hours before the resolution due moment to remind the assignee, e.g. [8, 2].</summary>
    public IReadOnlyList<int> BeforeResolutionDueHours { get; init; } = [];

    /// <summary>Once overdue, remind the assignee (or the agency's queue) again every so many working hours; null: once.</summary>
    public int? OverdueRepeatHours { get; init; }

    /// <summary>Working hours past due before the executing agency's leader is told, e.g. 0 (at once); null: never.</summary>
    public int? EscalateAfterOverdueHours { get; init; }

    /// <summary>Working hours between escalations, e.g. 16; null: once.</summary>
    public int? EscalationRepeatHours { get; init; }

    /// <summary>While a supplement request waits, remind the requester side every so many working days; null: never.</summary>
    public int? SupplementWaitingDays { get; init; }

    /// <summary>Working days before a yearly date (milestones, "trước ngày D/M" deadlines) to remind, e.g. [7, 3, 1].</summary>
    public IReadOnlyList<int> BeforeYearlyDateDays { get; init; } = [];

    /// <summary>
    /// Working days before the requester's own deadline (a period from a date of the form, "15 ngày kể từ ngày có quyết
    /// định") to remind him while his request is still an unfinished draft, e.g. [3, 1].
    /// </summary>
    public IReadOnlyList<int> BeforeRequesterDueDays { get; init; } = [];

    /// <summary>Remind at any hour; null: when the procedure is urgent. Otherwise reminders wait for office hours.</summary>
    public bool? AnyHour { get; init; }

    /// <summary>Where the values come from: the regulation where it says so, else "mặc định của hệ thống".</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>No reminders at all: what a jurisdiction without a policy gets.</summary>
    public static ReminderPolicy None { get; } = new();
}
