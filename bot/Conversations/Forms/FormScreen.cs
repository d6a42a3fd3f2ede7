namespace InternalTthc.Bot.Conversations.Forms;

/// <summary>Saves where a form stands and shows it: the card or question of its stage, with the server's reasons.</summary>
public sealed class FormScreen(FormSessions sessions, FormPrompts prompts, DraftReminders drafts)
{
    public FormPrompts Prompts => prompts;

    public async Task SaveAndShowAsync(ConversationReply reply, FormContext ctx, FormSession session, int version, IReadOnlyDictionary<string, string>? errors, CancellationToken ct)
    {
        if (await sessions.SaveAsync(ctx.Person.Person.Id, session, version, ct) is not { } saved)
        {
            return; // another press of the same card already moved the form on
        }

        // A date that starts the requester's own deadline (a decision date) plans its reminders while the form is unfinished.
        await drafts.PlanAsync(ctx, session, ct);
        var shown = await reply.SendAsync(prompts.For(ctx, session, errors), ct);
        await sessions.SaveAsync(ctx.Person.Person.Id, session with { ShownActivityId = shown }, saved, ct);
    }
}
