namespace InternalTthc.Core.Cases;

/// <summary>
/// A request (hồ sơ) filed under one procedure. Every change goes through a guarded method that
/// checks <see cref="CaseWorkflow"/>, moves the status and writes the timeline; deadlines come
/// in computed by the caller from the working-day calendar.
/// </summary>
public sealed class Case
{
    private readonly List<CaseEvent> _timeline = [];
    private readonly List<CaseFile> _attachments = [];

    private Case() { }

    public Guid Id { get; private init; }

    /// <summary>Human-readable code, unique per jurisdiction and year; given at submission.</summary>
    public string? Code { get; private set; }

    public string JurisdictionCode { get; private init; } = "";
    public string ProcedureCode { get; private init; } = "";
    public string? SubCaseCode { get; private set; }
    public Guid UnitId { get; private init; }
    public Guid RequesterId { get; private init; }
    public Guid ExecutingUnitId { get; private set; }
    /// <summary>The unit of the deciding authority; <see cref="Guid.Empty"/> when the source names none.</summary>
    public Guid DecidingUnitId { get; private set; }
    public bool Urgent { get; private init; }
    public bool NeedsUnitConfirmation { get; private init; }
    public bool NeedsApproval { get; private init; }

    /// <summary>A question to one agency (mục hỏi - đáp): it is resolved by an answer naming its <see cref="Responder"/>.</summary>
    public bool IsQuestion { get; private init; }

    /// <summary>The named stages of its procedure (incident response); 0 when it has none.</summary>
    public int StageCount { get; private init; }

    /// <summary>The stage reached, from 1 to <see cref="StageCount"/>; 0 before the first.</summary>
    public int Stage { get; private set; }

    public bool HasNextStage => Stage < StageCount;
    public CaseStatus Status { get; private set; }
    public FormAnswers Answers { get; private set; } = FormAnswers.Empty;
    public IReadOnlyList<CaseFile> Attachments => _attachments;
    public Guid? AssigneeId { get; private set; }
    public DateTimeOffset CreatedAt { get; private init; }
    public DateTimeOffset? SubmittedAt { get; private set; }
    public DateTimeOffset? ReceivedAt { get; private set; }
    public DateTimeOffset? ReceiptDueAt { get; private set; }
    public DateTimeOffset? ResolutionDueAt { get; private set; }

    /// <summary>
    /// The clock that runs now: receipt while submitted (or resolution, when it started on arrival and no receipt clock
    /// is set), resolution while handled or awaiting approval; none when paused or closed.
    /// </summary>
    public DateTimeOffset? RunningDue =>
        Status == CaseStatus.Submitted ? ReceiptDueAt ?? ResolutionDueAt
        : CaseWorkflow.IsClosed(Status) || Status is CaseStatus.Draft or CaseStatus.WaitingForSupplement or CaseStatus.AwaitingConfirmation ? null
        : ResolutionDueAt;

    /// <summary>Working time left on the resolution clock while it is paused for a supplement.</summary>
    public TimeSpan? PausedRemaining { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }
    public CaseResult? Result { get; private set; }
    public string? RejectionReason { get; private set; }

    /// <summary>The requester's (or the unit focal point's) rating of the result; the latest one counts.</summary>
    public CaseRating? Rating { get; private set; }

    /// <summary>Optimistic concurrency token: bumped by every change.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<CaseEvent> Timeline => _timeline;

    public static Case Open(CaseOpening opening, DateTimeOffset now)
    {
        var c = Create(opening, now);
        c._attachments.AddRange(opening.Attachments);
        return c;
    }

    private static Case Create(CaseOpening opening, DateTimeOffset now) => new()
    {
        Id = opening.Id ?? Guid.NewGuid(),
        JurisdictionCode = opening.JurisdictionCode,
        ProcedureCode = opening.ProcedureCode,
        SubCaseCode = opening.SubCaseCode,
        UnitId = opening.UnitId,
        RequesterId = opening.RequesterId,
        ExecutingUnitId = opening.ExecutingUnitId,
        DecidingUnitId = opening.DecidingUnitId,
        Urgent = opening.Urgent,
        NeedsUnitConfirmation = opening.NeedsUnitConfirmation,
        NeedsApproval = opening.NeedsApproval,
        IsQuestion = opening.IsQuestion,
        StageCount = opening.StageCount,
        Answers = opening.Answers,
        Status = CaseStatus.Draft,
        CreatedAt = now,
    };

    /// <summary>Changes the draft's answers; only the requester, only before submission.</summary>
    public void UpdateDraft(CaseActor actor, string? subCaseCode, FormAnswers answers, IEnumerable<CaseFile> attachments)
    {
        Ensure(CaseAction.Submit, actor);
        SubCaseCode = subCaseCode;
        Answers = answers;
        _attachments.Clear();
        _attachments.AddRange(attachments);
        Version++;
    }

    /// <summary>Sends the draft; the store gives it its code in the same transaction that saves it.</summary>
    /// <param name="resolutionDue">The resolution clock when it starts as the case reaches the agency (counted from submission, a form date...).</param>
    /// <param name="note">Who sent it for the requester, when he did not himself (an agent helping him).</param>
    public void Submit(CaseActor actor, DateTimeOffset now, DateTimeOffset? receiptDue, DateTimeOffset? resolutionDue = null, string? note = null)
    {
        var waitsForUnit = NeedsUnitConfirmation && !actor.Roles.HasFlag(CaseRole.UnitFocalPoint);
        Move(CaseAction.Submit, actor, now, note, waitsForUnit ? CaseStatus.AwaitingConfirmation : null);
        SubmittedAt = now;
        ReceiptDueAt = waitsForUnit ? null : receiptDue;
        ResolutionDueAt = waitsForUnit ? null : resolutionDue;
    }

    public void ConfirmForUnit(CaseActor actor, DateTimeOffset now, DateTimeOffset? receiptDue, DateTimeOffset? resolutionDue = null)
    {
        Move(CaseAction.ConfirmForUnit, actor, now, null);
        SubmittedAt = now;
        ReceiptDueAt = receiptDue;
        ResolutionDueAt = resolutionDue;
    }

    public void Withdraw(CaseActor actor, DateTimeOffset now, string? reason) => Close(CaseAction.Withdraw, actor, now, reason);

    public void Receive(CaseActor actor, DateTimeOffset now, DateTimeOffset? resolutionDue)
    {
        Move(CaseAction.Receive, actor, now, null);
        ReceivedAt = now;
        ResolutionDueAt = resolutionDue;
        AssigneeId ??= actor.PersonId;
    }

    public void RefuseInvalid(CaseActor actor, DateTimeOffset now, string reason) => Close(CaseAction.RefuseInvalid, actor, now, Required(reason, CaseAction.RefuseInvalid));

    public void StartProcessing(CaseActor actor, DateTimeOffset now) => Move(CaseAction.StartProcessing, actor, now, null);

    /// <summary>Pauses the resolution clock, keeping the working time it had left.</summary>
    public void RequestSupplement(CaseActor actor, DateTimeOffset now, string request, TimeSpan? remainingWorkingTime)
    {
        Move(CaseAction.RequestSupplement, actor, now, Required(request, CaseAction.RequestSupplement));
        PausedRemaining = ResolutionDueAt is null ? null : remainingWorkingTime;
    }

    /// <summary>The requester's answer; the clock resumes with the due moment the caller computed.</summary>
    public void Supplement(CaseActor actor, DateTimeOffset now, FormAnswers answers, string? note, DateTimeOffset? resolutionDue)
    {
        Move(CaseAction.Supplement, actor, now, note);
        Answers = answers;
        PausedRemaining = null;
        if (ResolutionDueAt is not null)
        {
            ResolutionDueAt = resolutionDue;
        }
    }

    public void Resolve(CaseActor actor, DateTimeOffset now, CaseResult result)
    {
        Required(result.Responder is null ? result.DocumentNumber : result.Summary, CaseAction.Resolve);
        if (IsQuestion && result.Responder is null)
        {
            throw new WorkflowException(CaseAction.Resolve, Status, CaseTexts.Get("QuestionNeedsAnswer"));
        }

        if (!IsQuestion && result.Responder is not null)
        {
            // Only a question's answer is published: a responder on any other result would publish it.
            throw new WorkflowException(CaseAction.Resolve, Status, CaseTexts.Get("NotAQuestion"));
        }

        if (result.Responder is { } r && (r.Name.Length == 0 || r.Position.Length == 0))
        {
            var missing = (r.Name.Length, r.Position.Length) switch { (0, 0) => "NameAndPosition", (0, _) => "Name", _ => "Position" };
            throw new WorkflowException(CaseAction.Resolve, Status, CaseTexts.Get($"ResponderMissing_{missing}"));
        }

        Move(CaseAction.Resolve, actor, now, result.Summary, NeedsApproval ? CaseStatus.AwaitingApproval : null);
        Result = result;
        ClosedAt = NeedsApproval ? null : now;
    }

    public void Approve(CaseActor actor, DateTimeOffset now, string? note) => Close(CaseAction.Approve, actor, now, note);

    public void ReturnForRework(CaseActor actor, DateTimeOffset now, string reason) =>
        Move(CaseAction.ReturnForRework, actor, now, Required(reason, CaseAction.ReturnForRework));

    public void Reject(CaseActor actor, DateTimeOffset now, string reason) => Close(CaseAction.Reject, actor, now, Required(reason, CaseAction.Reject));

    public void Reopen(CaseActor actor, DateTimeOffset now, string reason, DateTimeOffset? resolutionDue)
    {
        Move(CaseAction.Reopen, actor, now, Required(reason, CaseAction.Reopen));
        ClosedAt = null;
        Result = null;
        RejectionReason = null;
        ResolutionDueAt = resolutionDue ?? ResolutionDueAt;
    }

    /// <param name="assigneeName">Kept on the timeline, so it says who took the case.</param>
    public void Assign(CaseActor actor, Guid assigneeId, DateTimeOffset now, string? assigneeName = null)
    {
        Move(CaseAction.Assign, actor, now, assigneeName);
        AssigneeId = assigneeId;
    }

    /// <summary>Moves the case to a later stage of its procedure (1-based), recording the stage's name on the timeline.</summary>
    public void MoveToStage(CaseActor actor, DateTimeOffset now, int stage, string name)
    {
        Ensure(CaseAction.MoveToStage, actor);
        if (StageCount == 0)
        {
            throw new WorkflowException(CaseAction.MoveToStage, Status, CaseTexts.Get("NoStages"));
        }

        if (!HasNextStage)
        {
            throw new WorkflowException(CaseAction.MoveToStage, Status, CaseTexts.Get("LastStage"));
        }

        if (stage <= Stage || stage > StageCount)
        {
            throw new WorkflowException(CaseAction.MoveToStage, Status, Stage + 1 == StageCount
                ? CaseTexts.Get("OnlyLastStage", StageCount)
                : CaseTexts.Get("StageRange", Stage + 1, StageCount));
        }

        Move(CaseAction.MoveToStage, actor, now, name);
        Stage = stage;
    }

    /// <summary>Rates a result: only the requester or his unit's focal point, only once it is resolved. Not a state change.</summary>
    public void Rate(CaseActor actor, DateTimeOffset now, int score, string? comment)
    {
        if ((actor.Roles & (CaseRole.Requester | CaseRole.UnitFocalPoint)) == CaseRole.None)
        {
            throw new RatingException(CaseTexts.Get("RatingNotYours"));
        }

        if (Status != CaseStatus.Resolved)
        {
            throw new RatingException(CaseTexts.Get("RatingNotResolved"));
        }

        if (score is < CaseRating.Lowest or > CaseRating.Highest)
        {
            throw new RatingException(CaseTexts.Get("RatingRange", CaseRating.Lowest, CaseRating.Highest));
        }

        Rating = new CaseRating(score, string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(), actor.PersonId, now);
        Version++;
    }

    /// <summary>
    /// Writes a line on the timeline that changes nothing else (how a notification reached its reader). The service
    /// writes it, not a person: its actor is <see cref="Guid.Empty"/>.
    /// </summary>
    public void Note(DateTimeOffset now, string note)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(note);
        Version++;
        _timeline.Add(new CaseEvent { CaseId = Id, At = now, ActorId = Guid.Empty, Action = CaseAction.Note, FromStatus = Status, ToStatus = Status, Note = note.Trim() });
    }

    /// <summary>Set by the store at the save that submits the case (again if that save was rolled back and retried).</summary>
    internal void AssignCode(string code) => Code = code;

    private void Close(CaseAction action, CaseActor actor, DateTimeOffset now, string? note)
    {
        Move(action, actor, now, note);
        ClosedAt = now;
        PausedRemaining = null;
        if (Status == CaseStatus.Rejected)
        {
            RejectionReason = note;
        }
    }

    private void Move(CaseAction action, CaseActor actor, DateTimeOffset now, string? note, CaseStatus? instead = null)
    {
        Ensure(action, actor);
        var from = Status;
        Status = instead ?? CaseWorkflow.For(action).To ?? Status;
        Version++;
        _timeline.Add(new CaseEvent
        {
            CaseId = Id, At = now, ActorId = actor.PersonId, Action = action, FromStatus = from, ToStatus = Status, Note = note,
        });
    }

    private void Ensure(CaseAction action, CaseActor actor)
    {
        if (action is CaseAction.Submit && actor.PersonId != RequesterId)
        {
            throw new WorkflowException(action, Status, CaseTexts.Get("DraftNotYours"));
        }

        if (CaseWorkflow.WhyNot(action, Status, actor.Roles) is { } why)
        {
            throw new WorkflowException(action, Status, why);
        }
    }

    private string Required(string? text, CaseAction action) => string.IsNullOrWhiteSpace(text)
        ? throw new WorkflowException(action, Status, CaseTexts.Get("NoteRequired", CaseTexts.Action(action)))
        : text.Trim();
}
