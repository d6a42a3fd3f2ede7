using System.Globalization;
using InternalTthc.Cards.Texts;
using InternalTthc.Core.Calendar;
using InternalTthc.Core.Catalog;

namespace InternalTthc.Bot.Conversations;

/// <summary>A procedure's dated steps as concrete dates from today (DTI: self-assessment by 9/11, approval by 24/11).</summary>
public sealed class ProcedureDates(IDeadlineCalculator calendar, TimeProvider clock)
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    public IReadOnlyList<string> For(Procedure procedure)
    {
        var now = clock.GetUtcNow();
        var lines = procedure.Milestones.Where(m => IsDated(m.Deadline))
            .Select(m => CardText.Get("MilestoneDue", null, m.Name, Day(procedure, m.Deadline, now))).ToList();
        if (IsDated(procedure.Deadline))
        {
            lines.Add(CardText.Get("DeadlineDue", null, Day(procedure, procedure.Deadline, now)));
        }

        return lines;
    }

    private static bool IsDated(DeadlineRule rule) => rule.Kind is DeadlineKind.BeforeDate or DeadlineKind.InMonth;

    private string Day(Procedure p, DeadlineRule rule, DateTimeOffset now) =>
        calendar.ComputeDue(p.JurisdictionCode, rule, now) is { } due ? VietnamTime.ToLocal(due).ToString("dddd dd/MM/yyyy", Vi) : "—";
}
