using InternalTthc.Cards.Model;
using InternalTthc.Cards.Texts;
using InternalTthc.Core.Catalog;

namespace InternalTthc.Cards.Menu;

/// <summary>
/// Why the system did something on its own (a mailbox suspended after months without log-in): when it happens, by whom,
/// the source's words, and the procedure that undoes it with its deadline and a button to start it.
/// </summary>
public static class SystemEventCard
{
    /// <param name="actor">Today's name of the agency that acts; null when the source names none.</param>
    /// <param name="undo">The procedure that undoes it, when there is one; <paramref name="canFile"/> whether this person may start it.</param>
    public static Card Create(SystemEvent e, string? actor, string source, IReadOnlyList<SystemEvent> all, Procedure? undo, bool canFile)
    {
        var causes = string.Join("; ", e.Triggers.Select(t => Cause(t, all)));
        var body = new List<CardElement>
        {
            new TextElement(e.Name, TextRole.Title),
            new TextElement(actor is null ? CardText.Get("EventWhen", null, causes) : CardText.Get("EventWhenBy", null, actor, causes)),
            new TextElement(CardText.Get("EventSource", null, e.Text, source), TextRole.Subtle),
        };
        if (undo is not null)
        {
            body.Add(new TextElement(CardText.Get(canFile ? "EventUndo" : "EventUndoOther", null, undo.Name, PublishedText.Of(undo.Published.DeadlineText)), TextRole.Good));
        }

        return new Card
        {
            Body = body,
            Actions = undo is not null && canFile
                ? [new CardButton(CardText.Get("ButtonStartProcedure"), CardData.Action(CardData.StartProcedure, ("procedure", undo.Code)), ButtonStyle.Positive)]
                : [],
            Summary = e.Name,
        };
    }

    private static string Cause(SystemEventTrigger t, IReadOnlyList<SystemEvent> all) => t.On switch
    {
        SystemEventCause.Inactivity => CardText.Get("EventInactivity", null, Period(t.After)),
        SystemEventCause.AfterEvent => CardText.Get("EventAfterEvent", null, Period(t.After), all.FirstOrDefault(x => x.Code == t.Event)?.Name ?? t.Event ?? ""),
        SystemEventCause.Schedule when t.Dates.Count > 0 => CardText.Get("EventScheduleDates", null, string.Join(", ", t.Dates.Select(d => $"{d.Day:00}/{d.Month:00}"))),
        SystemEventCause.Schedule => CardText.Get("EventSchedule", null, Period(t.Every)),
        _ => CardText.Get("EventViolation"),
    };

    private static string Period(Period? p) => p is null ? "" : CardText.Get(p.Unit == PeriodUnit.Months ? "PeriodMonths" : "PeriodDays", null, p.Value.ToString("00", System.Globalization.CultureInfo.InvariantCulture));
}
