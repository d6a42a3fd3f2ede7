using InternalTthc.Bot.Conversations.Forms;
using InternalTthc.Cards.Menu;
using InternalTthc.Core.Calendar;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Directory;
using InternalTthc.Core.Understanding;

namespace InternalTthc.Bot.Conversations;

/// <summary>
/// Answers "vì sao hộp thư của tôi bị khóa" from the system events of the person's jurisdiction, offering the procedure
/// that undoes the event when he may file it. Asked by the text router before anything else reads the words.
/// </summary>
public sealed class SystemEventAnswers(ProcedureCatalog catalog, FormContexts contexts, TimeProvider clock)
{
    /// <summary>Answers and returns true when the words ask why a system event happened; false otherwise.</summary>
    public async Task<bool> TryAnswerAsync(ConversationReply reply, PersonRoles person, Unit unit, string text, CancellationToken ct)
    {
        var events = catalog.SystemEventsOf(unit.JurisdictionCode);
        if (SystemEventQuestion.Find(text, events) is not { } e)
        {
            return false;
        }

        var day = VietnamTime.Today(clock);
        var actor = e.Actor is { } code ? catalog.Successions.AgencyName(code, day) : null;
        var undo = e.UndoneBy is { } undoCode ? catalog.Find(undoCode) : null;
        var canFile = undo is not null && await contexts.CreateAsync(person, undo.Code, true, ct) is not null;
        var document = catalog.Files.First(f => f.Jurisdiction.Code == unit.JurisdictionCode).Documents.FirstOrDefault(d => d.Id == e.Source.Document);
        var source = document is null ? e.Source.Section : $"{e.Source.Section}, {document.Title}";
        await reply.SendAsync(SystemEventCard.Create(e, actor is null ? null : PublishedText.Named(actor.Name, actor.Former), source, events, undo, canFile), ct);
        return true;
    }
}
