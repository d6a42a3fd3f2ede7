using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Bot.Tests.Support;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Directory;
using InternalTthc.Core.Forms;

namespace InternalTthc.Bot.Tests.Conversations;

/// <summary>
/// Every procedure of every catalog, filed end to end in chat by a demo focal point allowed to file
/// it: the form answered with values the server's own validator accepts, files attached, the
/// summary confirmed, the case card shown. Adding a catalog file adds its procedures here.
/// </summary>
public sealed partial class EveryProcedureTests
{
    private static readonly ProcedureCatalog Catalog = new CatalogLoader()
        .LoadFolderAsync(Path.Combine(AppContext.BaseDirectory, "catalog"), CancellationToken.None).GetAwaiter().GetResult();

    // The demo focal points (bot/Demo/demo-directory.json) by jurisdiction and unit level.
    private static readonly Dictionary<(string, UnitLevel), string> FocalPoints = new()
    {
        [("lai-chau", UnitLevel.Department)] = "lcu.daumoi", [("can-tho", UnitLevel.Department)] = "cto.daumoi",
        [("hung-yen", UnitLevel.Department)] = "hyn.daumoi", [("hung-yen", UnitLevel.District)] = "hyn.huyen.daumoi",
        [("hung-yen", UnitLevel.Commune)] = "hyn.xa.daumoi", [("thua-thien-hue", UnitLevel.Department)] = "tth.daumoi",
        [("bac-ninh", UnitLevel.Department)] = "bn.daumoi",
    };


    public static TheoryData<string> Procedures => new(Catalog.Procedures.Select(p => p.Code));

    [Theory]
    [MemberData(nameof(Procedures))]
    public async Task The_procedure_is_filed_end_to_end_in_chat(string code)
    {
        var procedure = Catalog.Find(code)!;
        var level = procedure.Filing.UnitLevels.Count == 0 ? UnitLevel.Department : procedure.Filing.UnitLevels[0];
        await using var host = await ServiceTestHost.StartAsync();
        var chat = new ChatDriver(host.Services, FocalPoints[(procedure.JurisdictionCode, level)]);
        var subCase = procedure.SubCases.FirstOrDefault();
        if (!Catalog.Successions.StateOf(procedure, Core.Calendar.VietnamTime.Today(host.Clock)).IsOffered)
        {
            // Not carried out today (the district DTI once districts are gone): its form does not start.
            await chat.SubmitAsync(new JsonObject { ["action"] = "startProcedure", ["procedure"] = code });
            Assert.Contains("tạm dừng thực hiện từ ngày", chat.LastText);
            return;
        }

        await chat.SubmitAsync(subCase is null
            ? new JsonObject { ["action"] = "startProcedure", ["procedure"] = code }
            : new JsonObject { ["action"] = "startProcedure", ["procedure"] = code, ["subCase"] = subCase.Code });

        await chat.PressAsync("Tiếp tục", Answers(procedure, subCase?.Code, chat.LastCard));
        for (var step = 0; !chat.LastText.Contains("Kiểm tra trước khi gửi", StringComparison.Ordinal) && step < 20; step++)
        {
            if (chat.LastText.Contains("Hãy gửi tệp", StringComparison.Ordinal)) await chat.SayAsync("", [await chat.UploadAsync("tep-dinh-kem.pdf", "application/pdf", "%PDF-1.4"u8.ToArray())]);
            else if (chat.LastText.Contains("(không bắt buộc", StringComparison.Ordinal)) await chat.SayAsync("bỏ qua");
            else Assert.Fail($"{code}: stuck at: {chat.LastText}");
        }

        await chat.PressAsync(procedure.Flow == ProcedureFlow.Question ? "Gửi câu hỏi" : "Gửi hồ sơ");
        Assert.Matches(CaseTitle(), chat.LastText);
        Assert.StartsWith(procedure.Flow == ProcedureFlow.Question ? "Câu hỏi " : "Hồ sơ ", CaseTitle().Match(chat.LastText).Value, StringComparison.Ordinal);
        await CardSchema.AssertValidAsync(chat.Cards);
    }

    /// <summary>A value for each card field that the server's validator accepts (placeholders first, then typical answers).</summary>
    private static Dictionary<string, string> Answers(Procedure procedure, string? subCase, JsonElement card)
    {
        var validator = new FieldValueValidator();
        var answers = new Dictionary<string, string>();
        foreach (var field in procedure.FieldsFor(subCase).Where(f => f.Type != FieldType.File))
        {
            var options = Choices(card, field.Name);
            if (field.Type == FieldType.Rows)
            {
                answers[field.Name] = string.Join("; ", field.Columns.Select(c => Pick(validator, c, [])));
            }
            else if (field.Type == FieldType.DateTime)
            {
                answers[field.Name] = "2026-04-23";
                answers[field.Name + "__time"] = "09:00";
            }
            else
            {
                answers[field.Name] = Pick(validator, field, options);
            }
        }

        return answers;
    }

    private static string Pick(FieldValueValidator validator, FormField field, IReadOnlyList<FieldOption> options)
    {
        var candidates = new List<string?> { field.Placeholder };
        candidates.AddRange(options.Select(o => o.Value));
        candidates.AddRange(field.Choices.Select(c => c.Value));
        candidates.AddRange(field.Type switch
        {
            FieldType.Email => ["nguyen.van.a@laichau.gov.vn", "nguyen.van.a@cantho.gov.vn", "nguyen.van.a@hungyen.gov.vn", "nguyen.van.a@thuathienhue.gov.vn"],
            FieldType.Phone => ["0912345678"],
            FieldType.CitizenId => ["079123456789"],
            FieldType.Number => ["2026", "80"],
            FieldType.Date => ["2026-04-23"],
            FieldType.LongText => ["Xin hỏi thủ tục này cần chuẩn bị những giấy tờ gì và nộp ở cơ quan nào?"],
            _ => ["Nội dung thử nghiệm", "Nguyễn Văn An", "15/STC-VP"],
        });
        var fitting = candidates.OfType<string>().FirstOrDefault(c => validator.Check(field, c, options.Count > 0 ? options : null).Ok);
        return fitting ?? throw new InvalidOperationException($"No test value fits field {field.Name} ({field.Type}, pattern {field.Pattern}).");
    }

    private static IReadOnlyList<FieldOption> Choices(JsonElement card, string id)
    {
        var found = new List<FieldOption>();
        void Walk(JsonElement e)
        {
            if (e.ValueKind == JsonValueKind.Object)
            {
                if (e.TryGetProperty("id", out var i) && i.GetString() == id && e.TryGetProperty("choices", out var choices))
                    found.AddRange(choices.EnumerateArray().Select(c => new FieldOption(c.GetProperty("value").GetString()!, c.GetProperty("title").GetString()!)));
                foreach (var p in e.EnumerateObject()) Walk(p.Value);
            }
            else if (e.ValueKind == JsonValueKind.Array)
            {
                foreach (var x in e.EnumerateArray()) Walk(x);
            }
        }

        Walk(card);
        return found;
    }

    [GeneratedRegex(@"(Hồ sơ|Câu hỏi) [A-Z]{2,5}-2026-\d{5}")]
    private static partial Regex CaseTitle();
}
