using System.Globalization;
using InternalTthc.Core.Calendar;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Cases.Content;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Directory;

namespace InternalTthc.Core.Documents;

/// <summary>
/// The official documents of a case as .docx, filled from the case, its units and the directory: the request letter
/// (công văn đề nghị) with its annex, following the procedure's published model when there is one, and the result notice.
/// </summary>
public sealed class CaseDocuments(ProcedureCatalog catalog, IDirectoryStore directory)
{
    /// <summary>The catalog's names of the request letter's own number and date, where a form asks for them.</summary>
    public const string NumberField = "officialLetterNumber";
    public const string DateField = "officialLetterDate";

    public async Task<byte[]> RequestLetterAsync(Case c, CaseContent content, CancellationToken ct)
    {
        var (procedure, place) = Of(c);
        var unit = await directory.FindUnitAsync(c.UnitId, ct);
        var template = procedure.Letter;
        var number = c.Answers.Text(NumberField) is { Length: > 0 } n ? n : DocumentText.Get("NoNumber");
        var day = DateOnly.TryParseExact(c.Answers.Text(DateField), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
            : DateOnly.FromDateTime(VietnamTime.ToLocal(content.FiledAt ?? c.CreatedAt));
        var tables = procedure.FieldsFor(c.SubCaseCode).Where(f => f.Type == FieldType.Rows).ToList();
        var unitName = unit?.Name ?? content.Filer.Unit;
        var addressee = template?.Addressee ?? $"{(await directory.FindUnitAsync(c.DecidingUnitId, ct))?.Name}.";
        var request = template is null
            ? $"{unitName} {DocumentText.Get("GenericRequest", addressee.TrimEnd('.'), LowerFirst(procedure.DisplayName), c.Code ?? "")}"
            : $"{unitName} {template.Request} {(tables.Count > 0 ? DocumentText.Get("ForAnnex") : "")}".TrimEnd();
        return DocxWriter.Write(new OfficialDocument
        {
            Issuer = await IssuerAsync(unit, ct),
            Number = DocumentText.Get("Number", number),
            PlaceDate = PlaceDate(place, day),
            Subject = DocumentText.Get("Subject", template?.Subject ?? DocumentText.Get("GenericSubject", LowerFirst(procedure.DisplayName))),
            Addressee = DocumentText.Get("To", addressee),
            Body =
            [
                .. procedure.Published.LegalBasis.Select(b => DocumentText.Get("Basis", b.TrimEnd('.', ';', ' '))),
                request,
                .. content.Answers.Where(a => a.FieldName is not (NumberField or DateField)).Select(a => DocumentText.Get("Answer", a.Label, a.Value.TrimEnd('.'))),
                .. template?.Closing is { } closing ? [closing] : Array.Empty<string>(),
                .. tables.Count > 0 ? [DocumentText.Get("AnnexAttached")] : Array.Empty<string>(),
            ],
            Recipients = [DocumentText.Get("AsAbove"), DocumentText.Get("Archive")],
            SignerTitle = template?.Signer ?? DocumentText.Get("DefaultSigner"),
            SignerNote = DocumentText.Get("SignNote"),
            SignerName = await LeaderAsync(c.UnitId, ct),
            AnnexTitle = tables.Count == 0 ? [] :
            [
                DocumentText.Get("Annex"), template?.AnnexTitle ?? DocumentText.Get("DefaultAnnexTitle"),
                DocumentText.Get("AnnexOf", number, VietnamTime.Format(day), unitName),
            ],
            AnnexTables = [.. tables.Select((f, i) => Table(i + 1, f, content.Tables.FirstOrDefault(t => t.FieldName == f.Name)))],
        });
    }

    /// <summary>The result notice of a resolved (with a document) or rejected case; null for any other.</summary>
    public async Task<byte[]?> ResultNoticeAsync(Case c, CaseContent content, CancellationToken ct)
    {
        if (c.Status is not (CaseStatus.Resolved or CaseStatus.Rejected) || c.Result is { Responder: not null } || c.ClosedAt is not { } closed)
        {
            return null;
        }

        var (procedure, place) = Of(c);
        var executing = await directory.FindUnitAsync(c.ExecutingUnitId, ct);
        var unit = await directory.FindUnitAsync(c.UnitId, ct);
        var agent = c.AssigneeId is { } id ? await directory.FindPersonAsync(id, ct) : null;
        var executingName = executing?.Name ?? "";
        var unitName = unit?.Name ?? content.Filer.Unit;
        var leader = await directory.ListHoldersAsync(c.ExecutingUnitId, Role.Leader, ct);
        return DocxWriter.Write(new OfficialDocument
        {
            Issuer = await IssuerAsync(executing, ct),
            Number = DocumentText.Get("Number", c.Result?.DocumentNumber is { Length: > 0 } n ? n : DocumentText.Get("NoNumber")),
            PlaceDate = PlaceDate(place, c.Result?.DocumentDate ?? DateOnly.FromDateTime(VietnamTime.ToLocal(closed))),
            Subject = DocumentText.Get("Subject", DocumentText.Get("ResultSubject", LowerFirst(procedure.DisplayName))),
            Addressee = DocumentText.Get("To", $"{unitName}."),
            Body =
            [
                DocumentText.Get("ResultIntro", unitName, c.Code ?? "", content.FiledAt is { } filed ? VietnamTime.Format(filed) : "", executingName),
                c.Status == CaseStatus.Rejected ? DocumentText.Get("ResultRejected", c.RejectionReason ?? "") : c.Result?.Summary ?? "",
                .. agent is null ? Array.Empty<string>() : [DocumentText.Get("ResultContact", string.Join(", ", new[] { agent.FullName, agent.Phone, agent.Email }.Where(x => !string.IsNullOrWhiteSpace(x))))],
                DocumentText.Get("ResultClosing", executingName, unitName),
            ],
            Recipients = [DocumentText.Get("AsAbove"), DocumentText.Get("Archive")],
            SignerTitle = leader.FirstOrDefault()?.Position?.ToUpper(CultureInfo.GetCultureInfo("vi-VN")) ?? DocumentText.Get("DefaultSigner"),
            SignerName = leader.FirstOrDefault()?.FullName,
        });
    }

    private (Procedure Procedure, string Place) Of(Case c)
    {
        var procedure = catalog.Find(c.ProcedureCode) ?? throw new InvalidOperationException($"Case {c.Id} names unknown procedure '{c.ProcedureCode}'.");
        var name = catalog.FindJurisdiction(c.JurisdictionCode)?.Name ?? "";
        // "Thành phố Cần Thơ", "Tỉnh Lai Châu": the place of the date line is the name without its kind.
        var place = DocumentText.Get("PlaceKinds").Split('|').Where(k => name.StartsWith(k + " ", StringComparison.Ordinal)).Select(k => name[(k.Length + 1)..]).FirstOrDefault() ?? name;
        return (procedure, place);
    }

    private async Task<IReadOnlyList<string>> IssuerAsync(Unit? unit, CancellationToken ct)
    {
        var vi = CultureInfo.GetCultureInfo("vi-VN");
        var parent = unit?.ParentId is { } parentId ? await directory.FindUnitAsync(parentId, ct) : null;
        return [.. new[] { parent?.Name, unit?.Name }.OfType<string>().Select(n => n.ToUpper(vi))];
    }

    private async Task<string?> LeaderAsync(Guid unitId, CancellationToken ct) => (await directory.ListHoldersAsync(unitId, Role.Leader, ct)).FirstOrDefault()?.FullName;

    private static string PlaceDate(string place, DateOnly day) => DocumentText.Get("PlaceDate", place, day.Day, day.Month, day.Year);

    private static DocumentTable Table(int number, FormField field, ContentTable? rows) => new(
        DocumentText.Get("AnnexTable", number, field.Label),
        [DocumentText.Get("RowNumber"), .. field.Columns.Select(c => c.Label)],
        rows is null || rows.Rows.Count == 0
            ? [[DocumentText.Get("NoRows"), .. field.Columns.Select(_ => "")]]
            : [.. rows.Rows.Select((r, i) => (IReadOnlyList<string>)[$"{i + 1}", .. r])]);

    private static string LowerFirst(string text) => text.Length == 0 ? text : char.ToLower(text[0], CultureInfo.GetCultureInfo("vi-VN")) + text[1..];
}
