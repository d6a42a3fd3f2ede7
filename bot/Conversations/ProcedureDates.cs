using System.Globalization;
using InternalTthc.Cards.Menu;
using InternalTthc.Cards.Texts;
using InternalTthc.Core.Calendar;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Directory;

namespace InternalTthc.Bot.Conversations;

/// <summary>
/// The catalog as it stands today: a procedure's dated steps as concrete dates (DTI: self-assessment by 9/11, approval by
/// 24/11), the requester's own periods ("15 ngày kể từ ngày có quyết định"), what changed since its publication
/// (<see cref="About"/>), what a unit may file today and the jurisdiction's name today.
/// </summary>
public sealed class ProcedureDates(IDeadlineCalculator calendar, ProcedureCatalog catalog, RequesterDeadlines requester, TimeProvider clock)
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    public IReadOnlyList<string> For(Procedure procedure)
    {
        var now = clock.GetUtcNow();
        var lines = procedure.Milestones.Where(m => IsDated(m.Deadline))
            .Select(m => CardText.Get("MilestoneDue", null, m.Name, Day(procedure, m.Deadline, now))).ToList();
        lines.AddRange(procedure.Milestones.Where(m => m.Party == MilestoneParty.Requester && m.Deadline.From == DeadlineStart.FormDate)
            .Select(m => CardText.Get("RequesterPeriod", null, m.Name, m.Text ?? m.Deadline.ToString(), Label(procedure, m.Deadline.FromField))));
        if (IsDated(procedure.Deadline))
        {
            lines.Add(CardText.Get("DeadlineDue", null, Day(procedure, procedure.Deadline, now)));
        }

        return lines;
    }

    /// <summary>The requester's own deadlines the draft's answers give: when each ends, or that it has ended and the case will be marked late.</summary>
    public IEnumerable<string> ForDraft(Procedure procedure, Func<string, string?> stored)
    {
        var now = clock.GetUtcNow();
        return requester.Of(procedure, stored).Select(d => d.IsMissedAt(now)
            ? CardText.Get("DraftLate", null, d.Milestone.Name, VietnamTime.Format(d.Due))
            : CardText.Get("DraftDue", null, d.Milestone.Name, VietnamTime.Format(d.Due)));
    }

    /// <summary>Today's agencies when their names changed, the procedure's standing when not as published, and password advice.</summary>
    public ProcedureNotes About(Procedure p)
    {
        var day = VietnamTime.Today(clock);
        var state = catalog.Successions.StateOf(p, day);
        var routing = state.Routing ?? p.Routing;
        string? Now(string? code)
        {
            if (code is null || code == ProcedureRouting.RequesterParent) return null;
            var name = catalog.Successions.AgencyName(code, day);
            return name.Former is null && state.Routing is null ? null : PublishedText.Named(name.Name, name.Former);
        }

        var adapted = state.Standing == ProcedureStanding.Adapted && state.Note is { } note ? CardText.Get("StandingAdapted", null, VietnamTime.Format(state.Since!.Value), note) : null;
        return new ProcedureNotes
        {
            ExecutingNow = Now(routing.ExecutingUnit),
            DecidingNow = Now(routing.DecidingUnit),
            Standing = FilingRules.WhyNotOffered(p, state) ?? adapted,
            Passwords = p.PasswordAdvice && catalog.FindJurisdiction(p.JurisdictionCode)?.Policy.Passwords is { } passwords ? PasswordAdvice.Text(passwords) : null,
        };
    }

    /// <summary>The procedures the unit may file today, in catalog order.</summary>
    public IEnumerable<Procedure> OfferedTo(Unit unit) =>
        catalog.ForJurisdiction(unit.JurisdictionCode).Where(p => catalog.Offers(p, unit, VietnamTime.Today(clock)));

    /// <summary>The jurisdiction's name today, with the published one when it changed ("Thành phố Huế (trước đây: ...)").</summary>
    public string JurisdictionName(string code)
    {
        var name = catalog.Successions.JurisdictionName(code, VietnamTime.Today(clock));
        return PublishedText.Named(name.Name, name.Former);
    }

    private static bool IsDated(DeadlineRule rule) => rule.Kind is DeadlineKind.BeforeDate or DeadlineKind.InMonth;

    private static string Label(Procedure p, string? field) => p.Form.FirstOrDefault(f => f.Name == field)?.Label ?? field ?? "";

    private string Day(Procedure p, DeadlineRule rule, DateTimeOffset now) =>
        calendar.ComputeDue(p.JurisdictionCode, rule, now) is { } due ? VietnamTime.ToLocal(due).ToString("dddd dd/MM/yyyy", Vi) : "—";
}
