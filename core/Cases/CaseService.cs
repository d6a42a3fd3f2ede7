using InternalTthc.Core.Calendar;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Directory;

namespace InternalTthc.Core.Cases;

/// <summary>
/// Carries out what people do to cases: checks who they are against the directory, computes
/// deadlines with the working-day calendar, applies the change to the case and saves it.
/// </summary>
public sealed class CaseService(
    ICaseStore cases, IDirectoryStore directory, ProcedureCatalog catalog, CaseDeadlines deadlines,
    CaseFiling filing, TimeProvider clock)
{
    public Task<Case> OpenDraftAsync(Guid requesterId, string procedureCode, string? subCaseCode, FormAnswers answers, CancellationToken ct) =>
        OpenDraftAsync(new DraftRequest(requesterId, procedureCode, subCaseCode, answers), ct);

    /// <summary>Opens a draft; with <see cref="DraftRequest.CaseId"/> a retry returns the draft already opened instead of a second one.</summary>
    public async Task<Case> OpenDraftAsync(DraftRequest request, CancellationToken ct)
    {
        var (requesterId, _, subCaseCode, answers) = request;
        if (request.CaseId is { } id && await cases.FindAsync(id, ct) is { } existing)
        {
            if (existing.RequesterId != requesterId) throw new CaseNotFoundException();
            if (existing.Status != CaseStatus.Draft) return existing;

            // A retry after a failed submission: the draft takes the answers as they are now.
            existing.UpdateDraft(new CaseActor(requesterId, CaseRole.Requester), subCaseCode, answers, request.Files);
            await cases.SaveAsync(existing, ct);
            return existing;
        }

        var c = CaseFiling.Open(request, await filing.CheckAsync(await RequesterAsync(request, ct), request, ct), clock.GetUtcNow());
        await cases.AddAsync(c, ct);
        return c;
    }

    /// <summary>
    /// Files a form at once: the case opened and sent in one durable transaction (on SQLite committed with the filings
    /// waiting beside it, one flush for all), with the form's <see cref="DraftRequest.Mark"/> when given.
    /// <paramref name="requester"/> is the requester as the caller read him for this request. With
    /// <see cref="DraftRequest.CaseId"/> a retry returns the case already filed (or sends the draft an earlier attempt left)
    /// instead of a second one, its mark saved then.
    /// </summary>
    public async Task<Case> FileAsync(PersonRoles requester, DraftRequest request, CancellationToken ct)
    {
        if (requester.Person.Id != request.RequesterId) throw new ArgumentException("The requester given is not the one filing.", nameof(requester));
        CaseActor Sender(Case c) => new(request.RequesterId, CaseAccess.RolesFor(requester, c));
        return await RetriedAsync(request, Sender, null, ct)
            ?? await FileAsync(request, await filing.CheckAsync(requester, request, ct), Sender, null, ct);
    }

    /// <summary>
    /// An agent files a case for the person he is helping (a hand-off): the person is its requester, with his unit, and the
    /// agent sends it for him — the timeline's <paramref name="note"/> names the agent. Only an agent of the
    /// agency that will execute it may; routed and timed as any case. A retry with the same <see cref="DraftRequest.CaseId"/> files once.
    /// </summary>
    public async Task<Case> FileForAsync(Guid agentId, DraftRequest request, string note, CancellationToken ct)
    {
        var checkedFiling = await filing.CheckAsync(await RequesterAsync(request, ct), request, ct);
        if (await directory.GetPersonRolesAsync(agentId, ct) is not { } agent || !agent.Holds(Role.Agent, checkedFiling.Executing.Id))
        {
            throw new FilingException(CaseTexts.Get("FiledForOtherAgency", checkedFiling.Procedure.Name, checkedFiling.Executing.Name));
        }

        // Sent in the requester's name (only he sends his draft); the note says which agent did it for him.
        CaseActor Sender(Case c) => new(request.RequesterId, CaseRole.Requester);
        return await RetriedAsync(request, Sender, note, ct) ?? await FileAsync(request, checkedFiling, Sender, note, ct);
    }

    public Task<Case> SubmitAsync(Guid caseId, Guid actorId, CancellationToken ct) =>
        ActAsync(caseId, actorId, (c, actor, now, p) => c.Submit(actor, now, deadlines.ReceiptDue(p, now), deadlines.ResolutionDueOnArrival(p, c, now)), ct);

    public Task<Case> ConfirmForUnitAsync(Guid caseId, Guid actorId, CancellationToken ct) =>
        ActAsync(caseId, actorId, (c, actor, now, p) => c.ConfirmForUnit(actor, now, deadlines.ReceiptDue(p, now), deadlines.ResolutionDueOnArrival(p, c, now)), ct);

    public Task<Case> WithdrawAsync(Guid caseId, Guid actorId, string? reason, CancellationToken ct) =>
        ActAsync(caseId, actorId, (c, actor, now, _) => c.Withdraw(actor, now, reason), ct);

    public Task<Case> ReceiveAsync(Guid caseId, Guid actorId, CancellationToken ct) =>
        ActAsync(caseId, actorId, (c, actor, now, p) => c.Receive(actor, now, deadlines.ResolutionDueOnReceipt(p, c, now)), ct);

    public Task<Case> RefuseInvalidAsync(Guid caseId, Guid actorId, string reason, CancellationToken ct) =>
        ActAsync(caseId, actorId, (c, actor, now, _) => c.RefuseInvalid(actor, now, reason), ct);

    public Task<Case> StartProcessingAsync(Guid caseId, Guid actorId, CancellationToken ct) =>
        ActAsync(caseId, actorId, (c, actor, now, _) => c.StartProcessing(actor, now), ct);

    public Task<Case> RequestSupplementAsync(Guid caseId, Guid actorId, string request, CancellationToken ct) =>
        ActAsync(caseId, actorId, (c, actor, now, p) => c.RequestSupplement(actor, now, request,
            c.ResolutionDueAt is { } due ? deadlines.Left(p, now, due) : null), ct);

    /// <summary>The clock resumes with the time it had left, or restarts when the procedure counts from complete information.</summary>
    public Task<Case> SupplementAsync(Guid caseId, Guid actorId, FormAnswers answers, string? note, CancellationToken ct) =>
        ActAsync(caseId, actorId, (c, actor, now, p) => c.Supplement(actor, now, answers, note,
            p.Deadline.From == DeadlineStart.CompleteInformation ? deadlines.StartedNow(p, now)
            : c.PausedRemaining is { } left ? deadlines.Resume(p, now, left) : c.ResolutionDueAt), ct);

    public Task<Case> ResolveAsync(Guid caseId, Guid actorId, CaseResult result, CancellationToken ct) =>
        ActAsync(caseId, actorId, (c, actor, now, _) => c.Resolve(actor, now, result), ct);

    /// <summary>Answers a question: the result names the addressed agency and the responder with his position from the directory, dated today in Vietnam.</summary>
    public async Task<Case> AnswerAsync(Guid caseId, Guid actorId, string answer, CancellationToken ct)
    {
        var responder = await directory.FindPersonAsync(actorId, ct);
        return await ActAsync(caseId, actorId, async (c, actor, now, _) =>
        {
            var agency = await directory.FindUnitAsync(c.ExecutingUnitId, ct);
            c.Resolve(actor, now, new CaseResult("", DateOnly.FromDateTime(VietnamTime.ToLocal(now)), answer, [])
            {
                Responder = new Responder(agency?.Name ?? "", responder?.FullName ?? "", responder?.Position?.Trim() ?? ""),
            });
        }, ct);
    }

    /// <summary>Moves a case to the given stage of its procedure, or to the next one when none is given.</summary>
    public Task<Case> MoveToStageAsync(Guid caseId, Guid actorId, int? stage, CancellationToken ct) =>
        ActAsync(caseId, actorId, (c, actor, now, p) =>
        {
            var to = stage ?? c.Stage + 1;
            c.MoveToStage(actor, now, to, to >= 1 && to <= p.Stages.Count ? p.Stages[to - 1] : "");
        }, ct);

    public Task<Case> ApproveAsync(Guid caseId, Guid actorId, string? note, CancellationToken ct) =>
        ActAsync(caseId, actorId, (c, actor, now, _) => c.Approve(actor, now, note), ct);

    public Task<Case> ReturnForReworkAsync(Guid caseId, Guid actorId, string reason, CancellationToken ct) =>
        ActAsync(caseId, actorId, (c, actor, now, _) => c.ReturnForRework(actor, now, reason), ct);

    public Task<Case> RejectAsync(Guid caseId, Guid actorId, string reason, CancellationToken ct) =>
        ActAsync(caseId, actorId, (c, actor, now, _) => c.Reject(actor, now, reason), ct);

    public Task<Case> ReopenAsync(Guid caseId, Guid actorId, string reason, CancellationToken ct) =>
        ActAsync(caseId, actorId, (c, actor, now, p) => c.Reopen(actor, now, reason, deadlines.StartedNow(p, now)), ct);

    public Task<Case> RateAsync(Guid caseId, Guid actorId, int score, string? comment, CancellationToken ct) =>
        ActAsync(caseId, actorId, (c, actor, now, _) => c.Rate(actor, now, score, comment), ct);

    public async Task<Case> AssignAsync(Guid caseId, Guid actorId, Guid assigneeId, CancellationToken ct)
    {
        var assignee = await directory.GetPersonRolesAsync(assigneeId, ct);
        return await ActAsync(caseId, actorId, (c, actor, now, _) =>
        {
            if (assignee is null || !assignee.Holds(Role.Agent, c.ExecutingUnitId))
            {
                throw new WorkflowException(CaseAction.Assign, c.Status, CaseTexts.Get("AssignOnlyAgents"));
            }

            c.Assign(actor, assigneeId, now, assignee.Person.FullName);
        }, ct);
    }

    /// <summary>A case by code, only if this person may see it; otherwise the same "not found".</summary>
    public async Task<Case> FindForAsync(Guid personId, string code, CancellationToken ct)
    {
        var c = await cases.FindByCodeAsync(code.Trim().ToUpperInvariant(), ct);
        var person = await directory.GetPersonRolesAsync(personId, ct);
        return c is not null && person is not null && CaseAccess.CanView(CaseAccess.RolesFor(person, c)) ? c : throw new CaseNotFoundException();
    }

    private async Task<PersonRoles> RequesterAsync(DraftRequest request, CancellationToken ct) =>
        await directory.GetPersonRolesAsync(request.RequesterId, ct) ?? throw new FilingException(CaseTexts.Get("NotLinked"));

    /// <summary>A new case opened and sent before it is first stored: one insert, its code allocated in the same transaction.</summary>
    private async Task<Case> FileAsync(DraftRequest request, CaseFiling.Filing checkedFiling, Func<Case, CaseActor> sender, string? note, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var c = CaseFiling.Open(request, checkedFiling, now);
        filing.Send(c, checkedFiling.Procedure, sender(c), now, note);
        await cases.AddAsync(c, request.Mark, ct);
        return c;
    }

    /// <summary>A retry of a filing: the case already sent, or a draft an earlier attempt left, sent now with the answers as they are.</summary>
    private async Task<Case?> RetriedAsync(DraftRequest request, Func<Case, CaseActor> sender, string? note, CancellationToken ct)
    {
        if (request.CaseId is not { } id || !request.MayBeFiled || await cases.FindAsync(id, ct) is not { } existing) return null;
        if (existing.RequesterId != request.RequesterId) throw new CaseNotFoundException();
        if (existing.Status != CaseStatus.Draft)
        {
            // Filed before (a claim an earlier version left): only the form's mark is saved now.
            if (request.Mark is { } mark) await cases.SaveAsync(existing, mark, ct);
            return existing;
        }

        existing.UpdateDraft(new CaseActor(request.RequesterId, CaseRole.Requester), request.SubCaseCode, request.Answers, request.Files);
        var procedure = catalog.Find(existing.ProcedureCode) ?? throw new FilingException(CaseTexts.Get("UnknownProcedure", existing.ProcedureCode));
        filing.Send(existing, procedure, sender(existing), clock.GetUtcNow(), note);
        await cases.SaveAsync(existing, request.Mark, ct);
        return existing;
    }

    private Task<Case> ActAsync(Guid caseId, Guid actorId, Action<Case, CaseActor, DateTimeOffset, Procedure> act, CancellationToken ct) =>
        ActAsync(caseId, actorId, (c, actor, now, p) =>
        {
            act(c, actor, now, p);
            return Task.CompletedTask;
        }, ct);

    /// <summary>Loads the case once, checks the actor may see it, applies the change (which may read more first) and saves.</summary>
    private async Task<Case> ActAsync(Guid caseId, Guid actorId, Func<Case, CaseActor, DateTimeOffset, Procedure, Task> act, CancellationToken ct)
    {
        var c = await cases.FindAsync(caseId, ct) ?? throw new CaseNotFoundException();
        var person = await directory.GetPersonRolesAsync(actorId, ct);
        var roles = person is null ? CaseRole.None : CaseAccess.RolesFor(person, c);
        if (!CaseAccess.CanView(roles))
        {
            throw new CaseNotFoundException();
        }

        var procedure = catalog.Find(c.ProcedureCode) ?? throw new InvalidOperationException($"Case {c.Id} names unknown procedure '{c.ProcedureCode}'.");
        await act(c, new CaseActor(actorId, roles), clock.GetUtcNow(), procedure);
        await cases.SaveAsync(c, ct);
        return c;
    }
}
