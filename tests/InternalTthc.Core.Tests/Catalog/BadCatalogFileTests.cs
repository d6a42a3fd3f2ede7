using System.Text.Json;
using System.Text.Json.Nodes;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Tests.Support;

namespace InternalTthc.Core.Tests.Catalog;

/// <summary>Each kind of broken catalog file gives one fault naming the file, the entry and what is wrong.</summary>
public sealed class BadCatalogFileTests
{
    internal const string File = "tinh-thu.json";

    internal static JsonNode Valid()
    {
        var file = TestCatalog.Create().Files[0];
        var withForm = file with
        {
            Procedures = [file.Procedures[0] with
            {
                Form = [new FormField { Name = "email", Label = "Địa chỉ thư", Type = FieldType.Email, Required = true }],
            }],
        };
        return JsonNode.Parse(JsonSerializer.Serialize(withForm, CatalogJson.Options))!;
    }

    internal static CatalogFault OnlyFault(JsonNode json)
    {
        var (_, faults) = new CatalogLoader().Parse(File, json.ToJsonString());
        return Assert.Single(faults);
    }

    [Fact]
    public void The_valid_base_has_no_fault() =>
        Assert.Empty(new CatalogLoader().Parse(File, Valid().ToJsonString()).Faults);

    [Fact]
    public void A_procedure_serving_no_kind_of_request_is_named()
    {
        var json = Valid();
        json["procedures"]![0]!["kinds"] = new JsonArray();
        var fault = OnlyFault(json);
        Assert.Equal("tst-focal", fault.Entry);
        Assert.Contains("kinds", fault.Message);
    }

    [Fact]
    public void An_unknown_kind_of_request_names_the_value_and_the_allowed_ones()
    {
        var json = Valid();
        json["procedures"]![0]!["kinds"] = new JsonArray("mailboxNew", "signature");
        var fault = OnlyFault(json);
        Assert.Equal("tst-focal", fault.Entry);
        Assert.Contains("'signature'", fault.Message);
        Assert.Contains("systemAccount", fault.Message);
    }

    [Fact]
    public void A_sub_case_serving_a_kind_its_procedure_does_not_is_named()
    {
        var json = Valid();
        json["procedures"]![0]!["subCases"] = new JsonArray(new JsonObject { ["code"] = "revoke", ["name"] = "Thu hồi", ["kind"] = "mailboxRevoke" });
        var fault = OnlyFault(json);
        Assert.Equal("tst-focal", fault.Entry);
        Assert.Contains("subCases 'revoke'", fault.Message);
        Assert.Contains("mailboxRevoke", fault.Message);
    }

    [Fact]
    public void Unknown_field_type_names_the_value_and_the_allowed_ones()
    {
        var json = Valid();
        json["procedures"]![0]!["form"]![0]!["type"] = "textarea";
        var fault = OnlyFault(json);
        Assert.Equal(("tst-focal", File), (fault.Entry, fault.File));
        Assert.Contains("form[0].type", fault.Message);
        Assert.Contains("'textarea'", fault.Message);
        Assert.Contains("longText", fault.Message);
    }

    [Fact]
    public void Missing_label_is_named()
    {
        var json = Valid();
        json["procedures"]![0]!["form"]![0]!.AsObject().Remove("label");
        var fault = OnlyFault(json);
        Assert.Equal("tst-focal", fault.Entry);
        Assert.Contains("form[0]", fault.Message);
        Assert.Contains("label", fault.Message);
    }

    [Fact]
    public void Empty_label_is_named()
    {
        var json = Valid();
        json["procedures"]![0]!["form"]![0]!["label"] = " ";
        Assert.Contains("thiếu nhãn (label)", OnlyFault(json).Message);
    }

    [Fact]
    public void Unknown_role_names_the_value()
    {
        var json = Valid();
        json["procedures"]![0]!["filing"]!["who"] = "secretary";
        var fault = OnlyFault(json);
        Assert.Contains("filing.who", fault.Message);
        Assert.Contains("'secretary'", fault.Message);
        Assert.Contains("focalPoint", fault.Message);
    }

    [Fact]
    public void Misspelt_property_is_refused()
    {
        var json = Valid();
        json["procedures"]![0]!["keywordz"] = new JsonArray("x");
        Assert.Contains("'keywordz'", OnlyFault(json).Message);
    }

    [Fact]
    public void Duplicate_code_in_a_file_is_named()
    {
        var json = Valid();
        json["procedures"]!.AsArray().Add(json["procedures"]![0]!.DeepClone());
        var fault = OnlyFault(json);
        Assert.Equal("tst-focal", fault.Entry);
        Assert.Contains("trùng", fault.Message);
    }

    [Fact]
    public async Task Duplicate_code_across_files_names_both_files()
    {
        var folder = System.IO.Directory.CreateTempSubdirectory("catalog-");
        var other = CrossFileClashTests.OtherJurisdiction();
        await System.IO.File.WriteAllTextAsync(Path.Combine(folder.FullName, "a.json"), Valid().ToJsonString(), TestContext.Current.CancellationToken);
        await System.IO.File.WriteAllTextAsync(Path.Combine(folder.FullName, "b.json"), other.ToJsonString(), TestContext.Current.CancellationToken);

        var ex = await Assert.ThrowsAsync<CatalogException>(() => new CatalogLoader().LoadFolderAsync(folder.FullName, TestContext.Current.CancellationToken));
        var fault = Assert.Single(ex.Faults);
        Assert.Equal(("a.json, b.json", "tst-focal"), (fault.File, fault.Entry));
        folder.Delete(recursive: true);
    }

    [Fact]
    public void Deadline_rule_that_contradicts_its_text_quotes_both()
    {
        var json = Valid();
        json["procedures"]![0]!["published"]!["deadlineText"] = "03 ngày làm việc kể từ ngày nhận được hồ sơ hợp lệ.";
        json["procedures"]![0]!["deadline"]!["value"] = 2;
        var fault = OnlyFault(json);
        Assert.Contains("2 ngày làm việc", fault.Message);
        Assert.Contains("03 ngày làm việc kể từ ngày nhận được hồ sơ hợp lệ.", fault.Message);
    }

    [Fact]
    public void Routing_to_an_undeclared_agency_is_named()
    {
        var json = Valid();
        json["procedures"]![0]!["routing"]!["executingUnit"] = "tst-nowhere";
        Assert.Contains("'tst-nowhere'", OnlyFault(json).Message);
    }

    [Fact]
    public void Choice_without_choices_is_named()
    {
        var json = Valid();
        json["procedures"]![0]!["form"]![0]!["type"] = "choice";
        Assert.Contains("choices", OnlyFault(json).Message);
    }

    [Fact]
    public void Broken_json_gives_the_line()
    {
        var (file, faults) = new CatalogLoader().Parse(File, "{\n  \"jurisdiction\": {\n    \"code\": \"x\",,\n");
        Assert.Null(file);
        Assert.Contains("dòng 3", Assert.Single(faults).Message);
    }
}
