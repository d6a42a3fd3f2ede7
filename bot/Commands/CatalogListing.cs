using InternalTthc.Core.Calendar;
using InternalTthc.Core.Catalog;

namespace InternalTthc.Bot.Commands;

/// <summary>
/// What `catalog list` prints on a day: each jurisdiction and agency by its published name and, where a recorded change
/// applies, its current one; each procedure with its rule, its standing, and what the administrator still has to record.
/// </summary>
internal sealed class CatalogListing(ProcedureCatalog catalog, DateOnly day, TextWriter output)
{
    public async Task WriteAsync()
    {
        var successions = catalog.Successions;
        foreach (var file in catalog.Files)
        {
            var j = file.Jurisdiction;
            await output.WriteLineAsync($"{j.Name} ({j.Code}){Now(successions.JurisdictionName(j.Code, day))}");
            foreach (var merged in successions.ChangesOf(j.Code).Where(c => c.Kind == ChangeKind.JurisdictionMerged && c.Effective <= day))
            {
                await output.WriteLineAsync(merged.Into is { } into
                    ? $"  hợp nhất vào {into} từ {VietnamTime.Format(merged.Effective)}"
                    : $"  hợp nhất thêm {string.Join(", ", merged.Absorbed)} từ {VietnamTime.Format(merged.Effective)}");
            }

            foreach (var a in file.Agencies.Concat(catalog.Changes.Where(c => c.Jurisdiction == j.Code).SelectMany(c => c.Agencies)))
            {
                await output.WriteLineAsync($"  cơ quan {a.Code,-22} {a.Name}{Now(successions.AgencyName(a.Code, day))}");
            }

            foreach (var p in file.Procedures)
            {
                var state = successions.StateOf(p, day);
                await output.WriteLineAsync($"  {p.Code,-24} {Rule(p.Deadline),-40} {p.Name}{Standing(state)}");
                foreach (var m in p.Milestones)
                {
                    await output.WriteLineAsync($"  {"",-24} mốc ({Codes.Camel(m.Party.ToString())}): {Rule(m.Deadline)} — {m.Name}");
                }
            }

            foreach (var e in file.SystemEvents)
            {
                var next = e.Triggers.Select(t => t.NextDateAfter(day)).OfType<DateOnly>().Order().Select(d => $" (hạn tới: trước ngày {VietnamTime.Format(d)}, nhắc {e.Actor})");
                await output.WriteLineAsync($"  sự kiện {e.Code,-22} {e.Name}{(e.UndoneBy is { } undo ? $" (khôi phục: {undo})" : "")}{next.FirstOrDefault()}");
            }

            foreach (var pending in successions.PendingOf(j.Code))
            {
                await output.WriteLineAsync($"  CHƯA GHI (quản trị viên cần bổ sung): {pending}");
            }
        }

        await output.WriteLineAsync($"{catalog.Procedures.Count()} thủ tục, {catalog.Jurisdictions.Count()} địa phương, ngày {VietnamTime.Format(day)}.");
    }

    private static string Rule(DeadlineRule r) => r.IsPeriod
        ? $"{r}, từ {Codes.Camel(r.From.ToString())}{(r.FromField is { } f ? $" '{f}'" : "")}"
        : r.ToString();

    private static string Now(CurrentName name) => name.Former is null ? "" : $" → hiện nay: {name.Name}";

    private static string Standing(ProcedureState s) => s.Standing switch
    {
        ProcedureStanding.Suspended when s.MergedInto is { } into => $" [không còn thực hiện từ {VietnamTime.Format(s.Since!.Value)}: hợp nhất vào {into}]",
        ProcedureStanding.Suspended => $" [tạm dừng từ {VietnamTime.Format(s.Since!.Value)}: {s.Note}]",
        ProcedureStanding.Adapted => $" [điều chỉnh từ {VietnamTime.Format(s.Since!.Value)}: {s.Note}]",
        ProcedureStanding.NotYetInForce => $" [áp dụng từ {VietnamTime.Format(s.Since!.Value)}]",
        _ => "",
    };
}
