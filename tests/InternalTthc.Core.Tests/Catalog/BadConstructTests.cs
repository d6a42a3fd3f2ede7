using System.Text.Json.Nodes;
using InternalTthc.Core.Catalog;
using static InternalTthc.Core.Tests.Catalog.BadCatalogFileTests;

namespace InternalTthc.Core.Tests.Catalog;

/// <summary>
/// Each construct a regulation needs, written wrong, gives one fault naming the entry, the JSON path, what is wrong
/// and what is allowed. The base is the valid test file (one procedure "tst-focal" with an e-mail field).
/// </summary>
public sealed class BadConstructTests
{
    private static CatalogFault With(Action<JsonNode> change)
    {
        var json = Valid();
        change(json);
        return OnlyFault(json);
    }

    private static JsonNode P(JsonNode json) => json["procedures"]![0]!;

    private static JsonNode Form(JsonNode json) => P(json)["form"]!;

    private static void Deadline(JsonNode json, string text, string rule)
    {
        P(json)["published"]!["deadlineText"] = text;
        P(json)["deadline"] = JsonNode.Parse(rule);
    }

    [Fact]
    public void Hours_that_the_text_does_not_call_working_hours_are_refused_as_working_hours()
    {
        var fault = With(j => Deadline(j, "không quá 02 giờ kể từ khi tiếp nhận thông tin", """{"kind":"workingHours","value":2,"from":"receipt"}"""));
        Assert.Equal("tst-focal", fault.Entry);
        Assert.Contains("deadline: quy tắc \"2 giờ làm việc\" mâu thuẫn", fault.Message);
        Assert.Contains("(đọc được: \"2 giờ\")", fault.Message);
    }

    [Fact]
    public void No_deadline_for_a_text_that_states_hours_is_refused() =>
        Assert.Contains("quy tắc \"không quy định\" mâu thuẫn", With(j => Deadline(j, "không quá 02 giờ kể từ khi tiếp nhận thông tin", """{"kind":"none"}""")).Message);

    [Fact]
    public void Calendar_hours_agree_with_their_text() =>
        Assert.Empty(Parse(j => Deadline(j, "không quá 02 giờ kể từ khi tiếp nhận thông tin", """{"kind":"calendarHours","value":2,"from":"receipt"}""")));

    [Fact]
    public void A_form_date_start_needs_a_date_field_of_the_form()
    {
        var missing = With(j => Deadline(j, "15 ngày kể từ ngày có quyết định", """{"kind":"calendarDays","value":15,"from":"formDate"}"""));
        Assert.Contains("deadline: from: formDate cần fromField", missing.Message);
        var notADate = With(j => Deadline(j, "15 ngày kể từ ngày có quyết định", """{"kind":"calendarDays","value":15,"from":"formDate","fromField":"email"}"""));
        Assert.Contains("fromField 'email' không phải trường ngày (date, dateTime) của biểu mẫu; có: không có", notADate.Message);
    }

    [Fact]
    public void A_requester_milestone_from_submission_is_refused_not_ignored()
    {
        var fault = With(j => P(j)["milestones"] = JsonNode.Parse("""[{"name":"Gửi đề nghị","deadline":{"kind":"calendarDays","value":15,"from":"submission"},"party":"requester"}]"""));
        Assert.Contains("milestones[0].deadline: mốc của bên gửi (party: requester) tính theo khoảng thời gian cần from: formDate", fault.Message);
    }

    [Fact]
    public void An_agency_milestone_counted_as_a_period_is_refused_not_ignored() =>
        Assert.Contains("milestones[0].deadline: mốc của cơ quan (party: executingUnit) chỉ tính theo ngày hằng năm",
            With(j => P(j)["milestones"] = JsonNode.Parse("""[{"name":"Thẩm định","deadline":{"kind":"workingDays","value":5,"from":"receipt"},"party":"executingUnit"}]""")).Message);

    [Fact]
    public void A_requester_milestone_is_checked_against_its_own_text()
    {
        var fault = With(j =>
        {
            Form(j).AsArray().Add(JsonNode.Parse("""{"name":"decisionDate","label":"Ngày quyết định","type":"date","required":true}"""));
            P(j)["milestones"] = JsonNode.Parse("""[{"name":"Gửi đề nghị","deadline":{"kind":"calendarDays","value":10,"from":"formDate","fromField":"decisionDate"},"party":"requester","text":"Trong thời hạn 15 ngày kể từ ngày có quyết định"}]""");
        });
        Assert.Contains("milestones[0].deadline: quy tắc \"10 ngày\" mâu thuẫn", fault.Message);
    }

    [Fact]
    public void Two_yearly_dates_need_both_in_the_rule()
    {
        const string text = "định kỳ 06 tháng (trước ngày 20/6), năm (trước ngày 20/12 hàng năm)";
        Assert.Empty(Parse(j => Deadline(j, text, """{"kind":"beforeDate","dates":[{"month":6,"day":20},{"month":12,"day":20}]}""")));
        Assert.Contains("(đọc được: \"trước ngày 20/6, 20/12 hằng năm\")", With(j => Deadline(j, text, """{"kind":"beforeDate","month":12,"day":20}""")).Message);
        Assert.Contains("dùng month và day, hoặc dates, không dùng cả hai",
            With(j => Deadline(j, text, """{"kind":"beforeDate","month":6,"day":20,"dates":[{"month":12,"day":20}]}""")).Message);
    }

    [Fact]
    public void Not_stated_is_told_apart_from_an_empty_field()
    {
        var empty = With(j => P(j)["published"]!.AsObject().Remove("fee"));
        Assert.Contains("published.fee để trống; ghi đúng như văn bản (kể cả \"Không quy định\" khi văn bản ghi vậy), hoặc thêm \"fee\" vào published.notStated", empty.Message);
        Assert.Empty(Parse(j => { P(j)["published"]!.AsObject().Remove("fee"); P(j)["published"]!["notStated"] = new JsonArray("fee"); }));
        Assert.Contains("published.fee có nội dung nhưng lại ở notStated", With(j => P(j)["published"]!["notStated"] = new JsonArray("fee")).Message);
        Assert.Contains("'phí' không phải trường công bố; cho phép: steps, channels", With(j => P(j)["published"]!["notStated"] = new JsonArray("phí")).Message);
    }

    [Fact]
    public void A_deadline_not_stated_cannot_have_a_rule()
    {
        var fault = With(j => { P(j)["published"]!.AsObject().Remove("deadlineText"); P(j)["published"]!["notStated"] = new JsonArray("deadlineText"); });
        Assert.Contains("deadline: văn bản không nêu thời hạn", fault.Message);
    }

    [Fact]
    public void A_condition_may_only_read_a_field_asked_before()
    {
        var fault = With(j =>
        {
            Form(j)[0]!["shownWhen"] = JsonNode.Parse("""{"field":"kind","equals":"person"}""");
            Form(j).AsArray().Add(JsonNode.Parse("""{"name":"kind","label":"Loại","type":"choice","choices":[{"value":"person","label":"Cá nhân"}]}"""));
        });
        Assert.Contains("form[0] (email): shownWhen.field 'kind' được hỏi sau trường này", fault.Message);
    }

    [Fact]
    public void A_condition_names_values_the_field_can_have()
    {
        var fault = With(j =>
        {
            Form(j).AsArray().Insert(0, JsonNode.Parse("""{"name":"kind","label":"Loại","type":"choice","choices":[{"value":"person","label":"Cá nhân"},{"value":"unit","label":"Đơn vị"}]}"""));
            Form(j)[1]!["requiredWhen"] = JsonNode.Parse("""{"field":"kind","equals":"nguoi"}""");
            Form(j)[1]!["required"] = false;
        });
        Assert.Contains("form[1] (email): requiredWhen: 'nguoi' không phải giá trị của 'kind'; cho phép: person, unit", fault.Message);
    }

    [Fact]
    public void A_rule_needs_something_to_check_and_a_message()
    {
        var fault = With(j => Form(j)[0]!["rules"] = JsonNode.Parse("""[{"error":"Sai."}]"""));
        Assert.Contains("form[0] (email): rules[0]: cần pattern hoặc templates", fault.Message);
    }

    [Fact]
    public void A_template_names_its_transform_and_the_answers_it_reads()
    {
        var badHow = With(j =>
        {
            Form(j).AsArray().Insert(0, JsonNode.Parse("""{"name":"fullName","label":"Họ và tên","type":"text"}"""));
            Form(j)[1]!["rules"] = JsonNode.Parse("""[{"templates":["{fullName|upper}@x.vn"],"error":"Sai."}]""");
        });
        Assert.Contains("cách lấy 'upper' không hợp lệ; cho phép: given, initials, lastN", badHow.Message);
        var unknown = With(j => Form(j)[0]!["rules"] = JsonNode.Parse("""[{"templates":["{fullName|given}@x.vn"],"error":"Sai."}]"""));
        Assert.Contains("mẫu \"{fullName|given}@x.vn\" đọc 'fullName', không phải một trường của biểu mẫu khác (có: không có)", unknown.Message);
    }

    [Fact]
    public void At_least_one_names_fields_of_the_form()
    {
        var fault = With(j =>
        {
            Form(j).AsArray().Add(JsonNode.Parse("""{"name":"persons","label":"Cá nhân","type":"rows","columns":[{"name":"fullName","label":"Họ và tên","type":"text"}]}"""));
            P(j)["formRules"] = JsonNode.Parse("""[{"atLeastOne":["email","persons"],"error":"Cần một danh sách."}]""");
        });
        Assert.Contains("formRules[0]: atLeastOne: trường 'email' đã bắt buộc", fault.Message);
        var faults = Parse(j => P(j)["formRules"] = JsonNode.Parse("""[{"atLeastOne":["units","persons"],"error":"Cần một danh sách."}]"""));
        Assert.Contains(faults, f => f.Message.Contains("atLeastOne: trường 'units' không có trong biểu mẫu", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sub_case_fixes_only_values_a_field_can_have()
    {
        var fault = With(j =>
        {
            P(j)["subCases"] = JsonNode.Parse("""[{"code":"retire","name":"Nghỉ hưu","fixed":[{"field":"reason","value":"nghi-huu"}]}]""");
            Form(j).AsArray().Add(JsonNode.Parse("""{"name":"reason","label":"Lý do","type":"choice","choices":[{"value":"retired","label":"Nghỉ hưu"}]}"""));
        });
        Assert.Contains("subCases (retire).fixed[0]: 'nghi-huu' không phải giá trị của 'reason'; cho phép: retired", fault.Message);
    }

    [Fact]
    public void A_sub_case_names_columns_of_a_list_it_asks()
    {
        var fault = With(j =>
        {
            P(j)["subCases"] = JsonNode.Parse("""[{"code":"transfer","name":"Chuyển công tác","formName":"Mẫu 02","columns":{"rows":["address","newUnit"]}}]""");
            Form(j).AsArray().Add(JsonNode.Parse("""{"name":"rows","label":"Danh sách","type":"rows","columns":[{"name":"address","label":"Địa chỉ","type":"email"}]}"""));
        });
        Assert.Contains("subCases (transfer).columns.rows: cột 'newUnit' không có; có: address", fault.Message);
    }

    [Fact]
    public void A_kind_of_unit_cannot_be_both_admitted_and_excluded() =>
        Assert.Contains("filing: loại đơn vị 'education' vừa ở unitKinds vừa ở excludedUnitKinds",
            With(j => { P(j)["filing"]!["unitKinds"] = new JsonArray("education"); P(j)["filing"]!["excludedUnitKinds"] = new JsonArray("education", "health"); }).Message);

    [Fact]
    public void A_deciding_authority_may_be_left_out_unless_someone_must_approve()
    {
        Assert.Empty(Parse(j => P(j)["routing"]!.AsObject().Remove("decidingUnit")));
        var fault = With(j => { P(j)["routing"]!.AsObject().Remove("decidingUnit"); P(j)["requiresApproval"] = true; });
        Assert.Contains("routing.decidingUnit: requiresApproval cần cơ quan có thẩm quyền quyết định", fault.Message);
    }

    [Fact]
    public void Office_hours_are_required_or_explicitly_inherited()
    {
        var missing = With(j => j["jurisdiction"]!["policy"]!.AsObject().Remove("officeHours"));
        Assert.Equal("jurisdiction", missing.Entry);
        Assert.Contains("policy.officeHours: thiếu giờ làm việc của địa phương; ghi variants", missing.Message);
        Assert.Contains("inherit: true cần reason", With(j => j["jurisdiction"]!["policy"]!["officeHours"] = JsonNode.Parse("""{"inherit":true}""")).Message);
        Assert.Empty(Parse(j => j["jurisdiction"]!["policy"]!["officeHours"] = JsonNode.Parse(
            """{"variants":[{"sessions":[{"start":"08:00","end":"11:30"},{"start":"13:00","end":"17:30"}],"source":"QĐ 2022/QĐ-UBND"}]}""")));
        Assert.Contains("policy.officeHours: variants: Giờ làm việc không hợp lệ", With(j => j["jurisdiction"]!["policy"]!["officeHours"] = JsonNode.Parse(
            """{"variants":[{"sessions":[{"start":"13:00","end":"11:30"}],"source":"QĐ"}]}""")).Message);
    }

    [Fact]
    public void Password_advice_needs_the_jurisdictions_password_policy() =>
        Assert.Contains("passwordAdvice: địa phương chưa có jurisdiction.policy.passwords", With(j => P(j)["passwordAdvice"] = true).Message);

    [Fact]
    public void A_system_event_names_its_cause_with_the_period_it_needs()
    {
        var fault = With(j => j["systemEvents"] = JsonNode.Parse(
            """[{"code":"tst-lock","name":"Khóa hộp thư","source":{"document":"doc","section":"Điều 7"},"text":"Khóa sau 45 ngày.","triggers":[{"on":"inactivity"}],"undoneBy":"tst-focal","keywords":["bị khóa"]}]"""));
        Assert.Equal("tst-lock", fault.Entry);
        Assert.Contains("systemEvents: triggers[0]: on: inactivity cần after", fault.Message);
    }

    [Fact]
    public void A_system_event_follows_another_event_and_is_undone_by_a_procedure_of_the_file()
    {
        var faults = Parse(j => j["systemEvents"] = JsonNode.Parse(
            """[{"code":"tst-revoke","name":"Thu hồi","source":{"document":"doc","section":"Điều 7"},"text":"Thu hồi 30 ngày sau khi khóa.","triggers":[{"on":"afterEvent","after":{"value":30,"unit":"days"},"event":"tst-lock"}],"undoneBy":"tst-restore","keywords":["bị thu hồi"]}]"""));
        Assert.Contains(faults, f => f.Message.Contains("undoneBy 'tst-restore' không phải thủ tục của tệp; có: tst-focal", StringComparison.Ordinal));
        Assert.Contains(faults, f => f.Message.Contains("triggers[0]: event 'tst-lock' không phải một sự kiện khác của tệp", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{"on":"schedule"}""", "triggers[0]: on: schedule cần every (chu kỳ) hoặc dates (ngày hằng năm)")]
    [InlineData("""{"on":"schedule","every":{"value":3,"unit":"months"},"dates":[{"month":12,"day":20}]}""", "triggers[0]: dùng every (chu kỳ) hoặc dates (ngày hằng năm), không dùng cả hai")]
    [InlineData("""{"on":"schedule","dates":[{"month":2,"day":30}]}""", "triggers[0]: dates có ngày không hợp lệ: 30/2")]
    [InlineData("""{"on":"schedule","dates":[{"month":6,"day":20},{"month":6,"day":20}]}""", "triggers[0]: dates có ngày lặp")]
    [InlineData("""{"on":"violation","from":"2026-01-01"}""", "triggers[0]: from chỉ dùng với every (ngày bắt đầu kỳ đầu tiên)")]
    [InlineData("""{"on":"schedule","every":{"value":3,"unit":"months"},"remindBeforeDays":[3]}""", "triggers[0]: remindBeforeDays chỉ dùng khi biết ngày: dates, hoặc every với from")]
    [InlineData("""{"on":"schedule","dates":[{"month":12,"day":20}],"remindBeforeDays":[0]}""", "triggers[0]: remindBeforeDays: số ngày làm việc phải lớn hơn 0")]
    [InlineData("""{"on":"inactivity","after":{"value":3,"unit":"months"},"dates":[{"month":12,"day":20}]}""", "triggers[0]: on: inactivity không dùng dates")]
    public void A_recurring_duty_names_its_dates_precisely(string trigger, string expected)
    {
        var fault = With(j => j["systemEvents"] = JsonNode.Parse(
            $$"""[{"code":"tst-list","name":"Gửi danh sách","source":{"document":"doc","section":"Điều 9"},"text":"Định kỳ gửi danh sách.","actor":"tst-center","triggers":[{{trigger}}],"keywords":["danh sách"]}]"""));
        Assert.Equal("tst-list", fault.Entry);
        Assert.Contains($"systemEvents: {expected}", fault.Message);
    }

    [Fact]
    public void A_dated_duty_needs_the_agency_to_remind()
    {
        var fault = With(j => j["systemEvents"] = JsonNode.Parse(
            """[{"code":"tst-list","name":"Gửi danh sách","source":{"document":"doc","section":"Điều 9"},"text":"Định kỳ gửi danh sách.","triggers":[{"on":"schedule","every":{"value":3,"unit":"months"},"from":"2026-01-01"}],"keywords":["danh sách"]}]"""));
        Assert.Contains("systemEvents: triggers[0]: một lịch có ngày được nhắc cho cán bộ của cơ quan thực hiện: cần actor", fault.Message);
    }

    private static IReadOnlyList<CatalogFault> Parse(Action<JsonNode> change)
    {
        var json = Valid();
        change(json);
        return new CatalogLoader().Parse(BadCatalogFileTests.File, json.ToJsonString()).Faults;
    }
}
