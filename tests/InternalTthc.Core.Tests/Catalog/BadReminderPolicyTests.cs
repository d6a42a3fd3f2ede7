using System.Text.Json;
using System.Text.Json.Nodes;
using InternalTthc.Core.Catalog;
using static InternalTthc.Core.Tests.Catalog.BadCatalogFileTests;


namespace InternalTthc.Core.Tests.Catalog;

/// <summary>A broken reminder policy gives one fault naming the file, the entry and the JSON path.</summary>
public sealed class BadReminderPolicyTests
{
    private static readonly ReminderPolicy Policy = new()
    {
        BeforeReceiptDueHours = [4], BeforeResolutionDueHours = [8, 2], OverdueRepeatHours = 8,
        EscalateAfterOverdueHours = 0, EscalationRepeatHours = 16, SupplementWaitingDays = 2,
        BeforeYearlyDateDays = [7, 3, 1], Sources = ["mặc định của hệ thống"],
    };

    private static JsonNode PolicyJson() => JsonNode.Parse(JsonSerializer.Serialize(Policy, CatalogJson.Options))!;

    /// <summary>The valid base file with the policy both jurisdiction-wide and on its one procedure.</summary>
    private static JsonNode WithPolicies()
    {
        var json = Valid();
        json["jurisdiction"]!["policy"]!["reminders"] = PolicyJson();
        json["procedures"]![0]!["reminders"] = PolicyJson();
        return json;
    }

    private static JsonNode Jurisdiction(JsonNode json) => json["jurisdiction"]!["policy"]!["reminders"]!;

    private static JsonNode OnProcedure(JsonNode json) => json["procedures"]![0]!["reminders"]!;

    [Fact]
    public void A_valid_policy_has_no_fault() =>
        Assert.Empty(new CatalogLoader().Parse(BadCatalogFileTests.File, WithPolicies().ToJsonString()).Faults);

    [Fact]
    public void Zero_offset_names_the_jurisdiction_list_and_index()
    {
        var json = WithPolicies();
        Jurisdiction(json)["beforeResolutionDueHours"] = new JsonArray(8, 0);
        var fault = OnlyFault(json);
        Assert.Equal((BadCatalogFileTests.File, "jurisdiction"), (fault.File, fault.Entry));
        Assert.Contains("policy.reminders.beforeResolutionDueHours[1]: giá trị 0 phải lớn hơn 0", fault.Message);
    }

    [Fact]
    public void Repeated_offset_names_the_procedure_and_the_value()
    {
        var json = WithPolicies();
        OnProcedure(json)["beforeYearlyDateDays"] = new JsonArray(7, 3, 7);
        var fault = OnlyFault(json);
        Assert.Equal("tst-focal", fault.Entry);
        Assert.Contains("reminders.beforeYearlyDateDays: giá trị 7 bị lặp", fault.Message);
    }

    [Theory]
    [InlineData("overdueRepeatHours", 0)]
    [InlineData("escalationRepeatHours", -8)]
    [InlineData("supplementWaitingDays", 0)]
    public void Interval_that_is_not_positive_is_named(string property, int value)
    {
        var json = WithPolicies();
        OnProcedure(json)[property] = value;
        Assert.Contains($"reminders.{property}: giá trị {value} phải lớn hơn 0", OnlyFault(json).Message);
    }

    [Fact]
    public void Escalation_at_once_is_allowed_but_not_before_due()
    {
        var json = WithPolicies();
        Jurisdiction(json)["escalateAfterOverdueHours"] = -1;
        Assert.Contains("policy.reminders.escalateAfterOverdueHours: giá trị -1 phải từ 0 trở lên", OnlyFault(json).Message);
    }

    [Fact]
    public void Escalation_repeat_without_a_first_escalation_is_named()
    {
        var json = WithPolicies();
        OnProcedure(json).AsObject().Remove("escalateAfterOverdueHours");
        Assert.Contains("reminders.escalationRepeatHours: cần escalateAfterOverdueHours", OnlyFault(json).Message);
    }

    [Fact]
    public void Policy_without_a_source_is_named()
    {
        var json = WithPolicies();
        Jurisdiction(json)["sources"] = new JsonArray(" ");
        var fault = OnlyFault(json);
        Assert.Equal("jurisdiction", fault.Entry);
        Assert.Contains("policy.reminders.sources", fault.Message);
    }

    [Fact]
    public void Misspelt_policy_property_is_refused_with_its_path()
    {
        var json = WithPolicies();
        OnProcedure(json)["overdueRepeatHour"] = 8;
        var fault = OnlyFault(json);
        Assert.Equal("tst-focal", fault.Entry);
        Assert.Contains("'overdueRepeatHour'", fault.Message);
    }

    [Fact]
    public void Offset_that_is_not_a_number_is_named()
    {
        var json = WithPolicies();
        OnProcedure(json)["beforeReceiptDueHours"] = new JsonArray("4h");
        var fault = OnlyFault(json);
        Assert.Equal("tst-focal", fault.Entry);
        Assert.Contains("reminders.beforeReceiptDueHours[0]", fault.Message);
    }
}
