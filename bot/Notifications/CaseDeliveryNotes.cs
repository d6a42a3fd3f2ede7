using InternalTthc.Core.Cases;

namespace InternalTthc.Bot.Notifications;

/// <summary>Writes on a case's timeline how a message about it reached its reader, when it could not go the usual way.</summary>
public sealed class CaseDeliveryNotes(IServiceScopeFactory scopes, TimeProvider clock, ILogger<CaseDeliveryNotes> logger)
{
    private const int Attempts = 3;

    public async Task NoteAsync(Guid caseId, string note, CancellationToken ct)
    {
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            // A scope of its own: the case is read as committed now, and a conflict leaves nothing tracked behind.
            await using var scope = scopes.CreateAsyncScope();
            var cases = scope.ServiceProvider.GetRequiredService<ICaseStore>();
            if (await cases.FindAsync(caseId, ct) is not { } c)
            {
                return;
            }

            c.Note(clock.GetUtcNow(), note);
            try
            {
                await cases.SaveAsync(c, ct);
                return;
            }
            catch (CaseConflictException) when (attempt < Attempts)
            {
                // Someone changed the case meanwhile: read it again.
            }
            catch (CaseConflictException)
            {
                logger.LogWarning("The delivery note of case {CaseId} was not written: the case kept changing.", caseId);
            }
        }
    }
}
