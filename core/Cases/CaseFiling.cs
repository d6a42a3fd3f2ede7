using InternalTthc.Core.Calendar;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Directory;

namespace InternalTthc.Core.Cases;

/// <summary>What filing a case needs before it is stored: the rules checked, the route found, the case opened and sent.</summary>
public sealed class CaseFiling(IDirectoryStore directory, ProcedureCatalog catalog, CaseDeadlines deadlines, CaseRouting routing, TimeProvider clock)
{
    /// <summary>Who may file what (the requester, his unit, the procedure's rules as of today) and where the case goes.</summary>
    public async Task<Filing> CheckAsync(PersonRoles person, DraftRequest request, CancellationToken ct)
    {
        var procedure = catalog.Find(request.ProcedureCode) ?? throw new FilingException(CaseTexts.Get("UnknownProcedure", request.ProcedureCode));
        var unit = await directory.FindUnitAsync(person.Person.UnitId, ct) ?? throw new FilingException(CaseTexts.Get("UnitNotFound"));
        var today = VietnamTime.Today(clock);
        FilingRules.Check(procedure, catalog.Successions.StateOf(procedure, today), person, unit);
        var (executing, deciding) = await routing.ResolveAsync(procedure, unit, request.Answers, today, ct);
        return new Filing(procedure, unit, executing, deciding);
    }

    public static Case Open(DraftRequest request, Filing filing, DateTimeOffset now) => Case.Open(new CaseOpening
    {
        Id = request.CaseId,
        Attachments = request.Files,
        JurisdictionCode = filing.Procedure.JurisdictionCode,
        ProcedureCode = filing.Procedure.Code,
        SubCaseCode = request.SubCaseCode,
        UnitId = filing.Unit.Id,
        RequesterId = request.RequesterId,
        ExecutingUnitId = filing.Executing.Id,
        DecidingUnitId = filing.Deciding?.Id ?? Guid.Empty,
        Urgent = filing.Procedure.Urgent,
        NeedsUnitConfirmation = filing.Procedure.Filing.Who == Filer.AnyStaffWithUnitConfirmation,
        NeedsApproval = filing.Procedure.RequiresApproval,
        IsQuestion = filing.Procedure.Flow == ProcedureFlow.Question,
        StageCount = filing.Procedure.Stages.Count,
        Answers = request.Answers,
    }, now);

    /// <summary>Sends <paramref name="c"/> as <paramref name="actor"/>: its clocks start from the procedure's deadlines.</summary>
    public void Send(Case c, Procedure procedure, CaseActor actor, DateTimeOffset now, string? note) =>
        c.Submit(actor, now, deadlines.ReceiptDue(procedure, now), deadlines.ResolutionDueOnArrival(procedure, c, now), note);

    /// <summary>The procedure, the requester's unit and where the case goes.</summary>
    public sealed record Filing(Procedure Procedure, Unit Unit, Unit Executing, Unit? Deciding);
}
