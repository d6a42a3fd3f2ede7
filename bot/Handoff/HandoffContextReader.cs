using System.Text.Json;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Bot.Conversations.Forms;
using InternalTthc.Cards.Texts;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Conversations;
using InternalTthc.Core.Directory;
using InternalTthc.Core.Handoff;
using Microsoft.Extensions.Options;

namespace InternalTthc.Bot.Handoff;

/// <summary>
/// What a request carries for the agent: who asks and from which unit, the form he is filling in with its answers so
/// far, and his last messages from the conversation's log (Direct Line keeps every message in the store).
/// </summary>
public sealed class HandoffContextReader(FormSessions sessions, ProcedureCatalog catalog, IConversationLog log, IOptions<HandoffOptions> options)
{
    /// <summary>The form in progress, if any: the session, its procedure and its answers so far.</summary>
    public sealed record OpenForm(FormSession Session, Procedure Procedure, FormAnswers Answers);

    public async Task<OpenForm?> OpenFormAsync(Guid personId, CancellationToken ct) =>
        await sessions.LoadAsync(personId, ct) is { Session.IsOpen: true } open && catalog.Find(open.Session.ProcedureCode) is { } procedure
            ? new OpenForm(open.Session, procedure, open.Session.Values.Aggregate(FormAnswers.Empty, (answers, v) => answers.With(v.Key, v.Value)))
            : null;

    public async Task<HandoffContext> ReadAsync(PersonRoles person, Unit unit, FormSession? form, string conversationId, string? words, CancellationToken ct)
    {
        var procedure = form is null ? null : catalog.Find(form.ProcedureCode);
        return new HandoffContext
        {
            RequesterName = person.Person.FullName,
            Position = person.Person.Position,
            UnitName = unit.Name,
            Procedure = procedure?.DisplayName,
            ProcedureCode = procedure?.Code,
            SubCaseCode = procedure is null ? null : form!.SubCaseCode,
            Values = procedure is null ? new Dictionary<string, string>() : form!.Values,
            Answers = procedure is null ? [] : Answers(procedure, form!),
            LastMessages = await LastMessagesAsync(conversationId, ct),
            Words = words,
        };
    }

    /// <summary>A requester linked to nobody: the name his channel gives (if any), on which channel, no unit, his last messages.</summary>
    public async Task<HandoffContext> ReadGuestAsync(string channel, string? displayName, string conversationId, string? words, CancellationToken ct) => new()
    {
        RequesterName = HandoffText.Get("GuestRequester", string.IsNullOrWhiteSpace(displayName) ? HandoffText.Get("GuestNoName") : displayName.Trim(), channel),
        UnitName = HandoffText.Get("GuestUnit"),
        NotIdentified = true,
        LastMessages = await LastMessagesAsync(conversationId, ct),
        Words = words,
    };

    private static IReadOnlyList<HandoffLine> Answers(Procedure procedure, FormSession form) =>
        [.. procedure.FieldsFor(form.SubCaseCode).Where(f => form.Values.TryGetValue(f.Name, out var v) && v.Length > 0)
            .Select(f => new HandoffLine(f.Label, form.Values[f.Name]))];

    private async Task<IReadOnlyList<HandoffLine>> LastMessagesAsync(string conversationId, CancellationToken ct)
    {
        if (await log.FindAsync(conversationId, ct) is not { } conversation)
        {
            return [];
        }

        var wanted = options.Value.LastMessages;
        var entries = await log.ReadAfterAsync(conversationId, Math.Max(0, conversation.LastSequence - (wanted * 4)), wanted * 4, ct);
        return [.. entries.Select(e => JsonSerializer.Deserialize<Activity>(e.Payload, BotJson.Options))
            .Where(a => a is not null && a.IsType(ActivityTypes.Message) && a.From?.Role == RoleTypes.User && a.Text is { Length: > 0 })
            .TakeLast(wanted).Select(a => new HandoffLine(Core.Calendar.VietnamTime.Format(a!.Timestamp ?? DateTimeOffset.UnixEpoch), a.Text!))];
    }
}
