using System.Globalization;
using System.Text.Json;
using InternalTthc.Cards.Forms;
using InternalTthc.Cards.Menu;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Forms;

namespace InternalTthc.Bot.Conversations.Forms;

/// <summary>
/// The annex lists of a form, row by row: add, change or remove a row, each cell checked like a field as it is given
/// (on a card all at once, on text channels one column at a time), or a whole list from an Excel file.
/// </summary>
public sealed class RowEditor(FormScreen screen, FieldValueValidator validator)
{
    public static bool Handles(string action) =>
        action is CardData.AddRow or CardData.EditRow or CardData.RemoveRow or CardData.SaveRow or CardData.SaveRowAndAdd or CardData.CancelRow;

    /// <summary>A row button; false when the form shows no such list now (an old card).</summary>
    public async Task<bool> OnActionAsync(ConversationReply reply, FormContext ctx, FormSession session, int version, string action, JsonElement value, CancellationToken ct)
    {
        var list = Open(ctx, session, session.Row?.Field ?? CardData.Text(value, "field"));
        if (list is null) return false;
        var rows = AnnexRows.Read(list, session.Values.GetValueOrDefault(list.Name)).ToList();
        var index = int.TryParse(CardData.Text(value, "row"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= rows.Count ? n - 1 : (int?)null;
        switch (action)
        {
            case CardData.AddRow when list.MaxRows is { } max && rows.Count >= max:
                await screen.SaveAndShowAsync(reply, ctx, session with { Row = null }, version, new Dictionary<string, string> { [list.Name] = ValidationText.Get("TooManyRows", ValidationText.Label(list), max) }, ct);
                return true;
            case CardData.AddRow:
                await screen.SaveAndShowAsync(reply, ctx, session with { Row = Draft(list, null, new Dictionary<string, string>()) }, version, null, ct);
                return true;
            case CardData.EditRow when index is { } edited:
                await screen.SaveAndShowAsync(reply, ctx, session with { Row = Draft(list, edited, rows[edited]) }, version, null, ct);
                return true;
            case CardData.RemoveRow when index is { } removed:
                rows.RemoveAt(removed);
                await screen.SaveAndShowAsync(reply, ctx, session.WithValue(list.Name, AnnexRows.Write(rows)) with { Row = null }, version, null, ct);
                return true;
            case CardData.SaveRow or CardData.SaveRowAndAdd when session.Row is { } draft:
                var cells = list.Columns.ToDictionary(c => c.Name, c => CardData.Text(value, RowCard.CellPrefix + c.Name) ?? "");
                var (kept, errors) = Check(list, cells);
                if (errors.Count > 0)
                {
                    await screen.SaveAndShowAsync(reply, ctx, session with { Row = draft with { Cells = cells } }, version, errors, ct);
                    return true;
                }

                var saved = Commit(session, list, rows, draft, kept);
                var next = action == CardData.SaveRowAndAdd && (list.MaxRows is not { } limit || rows.Count < limit) ? Draft(list, null, new Dictionary<string, string>()) : null;
                await screen.SaveAndShowAsync(reply, ctx, saved with { Row = next }, version, null, ct);
                return true;
            case CardData.CancelRow:
                await screen.SaveAndShowAsync(reply, ctx, session with { Row = null }, version, null, ct);
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// A text channel's answer for the cell asked now, checked against the cells before it; the next cell is the next column
    /// those cells show. "quay lại" goes to the cell before (or back to the list).
    /// </summary>
    public async Task OnCellAsync(ConversationReply reply, FormContext ctx, FormSession session, int version, string text, bool back, CancellationToken ct)
    {
        var draft = session.Row!;
        var list = ctx.Field(session, draft.Field);
        var columns = list.Columns.ToList();
        var at = columns.FindIndex(c => c.Name == draft.Column);
        var given = AnnexRowCheck.Answers(draft.Cells);
        if (back)
        {
            var previous = columns.Take(at).LastOrDefault(c => AnswerRules.IsShown(c, given));
            await screen.SaveAndShowAsync(reply, ctx, session with { Row = previous is null ? null : draft with { Column = previous.Name } }, version, null, ct);
            return;
        }

        var column = AnswerRules.AsAsked(columns[at], given);
        var skip = Core.Text.VietnameseText.Fold(text) is "bo qua" or "skip";
        var check = skip && !column.Required ? FieldCheck.Empty : AnnexRowCheck.Cell(validator, column, text, given);
        if (!check.Ok)
        {
            await screen.SaveAndShowAsync(reply, ctx, session, version, new Dictionary<string, string> { [column.Name] = check.Error! }, ct);
            return;
        }

        var cells = new Dictionary<string, string>(draft.Cells) { [column.Name] = Kept(check, skip ? "" : text) };
        var next = columns.Skip(at + 1).FirstOrDefault(c => AnswerRules.IsShown(c, AnnexRowCheck.Answers(cells)));
        var updated = next is not null
            ? session with { Row = draft with { Cells = cells, Column = next.Name } }
            : Commit(session, list, AnnexRows.Read(list, session.Values.GetValueOrDefault(list.Name)).ToList(), draft, Shown(list, cells)) with { Row = null };
        await screen.SaveAndShowAsync(reply, ctx, updated, version, null, ct);
    }

    /// <summary>
    /// An Excel list sent for an annex field: read by its published columns, each cell checked like a typed answer, and
    /// taken as the whole list; false when the form is not waiting for a list or the workbook matches none of its lists.
    /// </summary>
    public async Task<bool> OnWorkbookAsync(ConversationReply reply, FormContext ctx, FormSession session, int version, Stream workbook, CancellationToken ct)
    {
        var lists = ctx.Fields(session).Where(f => f.Type == FieldType.Rows
            && (session.Stage == FormStage.Filling || (session.Stage == FormStage.Asking && f.Name == session.Asking)));
        foreach (var field in lists)
        {
            workbook.Position = 0;
            var read = AnnexWorkbook.Read(workbook, field, (column, cell) => validator.Check(column, cell).Error, AnnexLimits.Default);
            if (read.Faults.Any(f => f.Row is null && f.Column is not null))
            {
                continue; // its header names other columns: a different list
            }

            var updated = read.Faults.Count > 0 ? session : session.WithValue(field.Name, AnnexRows.Write(read.Rows));
            var errors = read.Faults.Count > 0 ? new Dictionary<string, string> { [field.Name] = string.Join(" ", read.Faults) } : null;
            await screen.SaveAndShowAsync(reply, ctx, updated with { Row = null }, version, errors, ct);
            return true;
        }

        return false;
    }

    /// <summary>The list a row button acts on, when the form shows it now: on the form card, or as the question asked.</summary>
    private static FormField? Open(FormContext ctx, FormSession session, string? name) =>
        ctx.Fields(session).FirstOrDefault(f => f.Name == name && f.Type == FieldType.Rows
            && ((session.Stage == FormStage.Filling && !ctx.IsStep(f)) || (session.Stage == FormStage.Asking && session.Asking == f.Name)));

    private static RowDraft Draft(FormField list, int? index, IReadOnlyDictionary<string, string> cells) =>
        new() { Field = list.Name, Index = index, Cells = cells, Column = list.Columns[0].Name };

    private (Dictionary<string, string> Kept, Dictionary<string, string> Errors) Check(FormField list, IReadOnlyDictionary<string, string> cells)
    {
        var kept = new Dictionary<string, string>();
        var errors = new Dictionary<string, string>();
        foreach (var (column, check) in AnnexRowCheck.Check(validator, list, cells))
        {
            if (check.Ok) kept[column.Name] = Kept(check, cells.GetValueOrDefault(column.Name, ""));
            else errors[column.Name] = check.Error!;
        }

        return (kept, errors);
    }

    /// <summary>The cells of the columns the row shows: an answer to a column hidden since it was given is dropped.</summary>
    private static Dictionary<string, string> Shown(FormField list, IReadOnlyDictionary<string, string> cells) =>
        list.Columns.Where(c => AnswerRules.IsShown(c, AnnexRowCheck.Answers(cells)) && cells.ContainsKey(c.Name)).ToDictionary(c => c.Name, c => cells[c.Name]);

    private static FormSession Commit(FormSession session, FormField list, List<IReadOnlyDictionary<string, string>> rows, RowDraft draft, IReadOnlyDictionary<string, string> cells)
    {
        if (draft.Index is { } i && i < rows.Count) rows[i] = cells;
        else rows.Add(cells);
        return session.WithValue(list.Name, AnnexRows.Write(rows));
    }

    /// <summary>A cell as it will be read again: the checked value (a choice's value, a phone without spaces), else as typed.</summary>
    private static string Kept(FieldCheck check, string raw) => check.Value switch
    {
        { ValueKind: JsonValueKind.String } v => v.GetString()!,
        { ValueKind: JsonValueKind.Array } v => string.Join(",", v.EnumerateArray().Select(x => x.GetString())),
        null => "",
        _ => raw.Trim(),
    };
}
