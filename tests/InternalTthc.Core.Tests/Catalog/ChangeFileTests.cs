using System.Text.Json.Nodes;
using InternalTthc.Core.Catalog;

namespace InternalTthc.Core.Tests.Catalog;

/// <summary>
/// A change file records what changed since publication without touching the published file: each kind of change needs
/// its own properties, names what exists in the catalog it amends, and never loops; faults name the file and the change.
/// </summary>
public sealed class ChangeFileTests
{
    private const string Name = "test-province.changes.json";

    internal static JsonNode Valid() => JsonNode.Parse("""
        {
          "jurisdiction": "test-province",
          "agencies": [{ "code": "tst-so-khcn", "name": "Sở Khoa học và Công nghệ", "parentCode": null, "level": "department" }],
          "changes": [
            { "kind": "agencyMerged", "agency": "tst-dept", "into": "tst-so-khcn", "effective": "2025-03-01", "source": "Sáp nhập năm 2025" },
            { "kind": "agencyRenamed", "agency": "tst-center", "name": "Trung tâm Công nghệ thông tin và Chuyển đổi số", "effective": "2025-03-01", "source": "Quyết định đổi tên" },
            { "kind": "jurisdictionRenamed", "name": "Thành phố Thử", "effective": "2025-01-01", "source": "Nghị quyết" },
            { "kind": "procedureSuspended", "procedure": "tst-approval", "effective": "2025-07-01", "note": "Không còn cấp huyện", "source": "Luật 72/2025/QH15" },
            { "kind": "procedureAdapted", "procedure": "tst-staff", "effective": "2025-07-01", "note": "Do Sở Khoa học và Công nghệ thực hiện",
              "routing": { "executingUnit": "tst-so-khcn" }, "source": "Văn bản hướng dẫn" }
          ],
          "pending": ["Tên mới của trung tâm, nếu có."]
        }
        """)!;

    private static IReadOnlyList<CatalogFault> Check(JsonNode changes)
    {
        var loader = new CatalogLoader();
        var (file, _) = loader.Parse(BadCatalogFileTests.File, System.Text.Json.JsonSerializer.Serialize(Support.TestCatalog.Create().Files[0], CatalogJson.Options));
        var (parsed, alone) = loader.ParseChanges(Name, changes.ToJsonString());
        return parsed is null ? alone : [.. alone, .. new CatalogValidator().ValidateTogether([(BadCatalogFileTests.File, file!)], [(Name, parsed)])];
    }

    private static CatalogFault Only(Action<JsonNode> change)
    {
        var json = Valid();
        change(json);
        return Assert.Single(Check(json));
    }

    [Fact]
    public void The_valid_change_file_has_no_fault() => Assert.Empty(Check(Valid()));

    [Fact]
    public void A_kind_names_what_it_needs_and_what_it_does_not_use()
    {
        var missing = Only(j => j["changes"]![0]!.AsObject().Remove("into"));
        Assert.Equal((Name, "changes[0]"), (missing.File, missing.Entry));
        Assert.Equal("kind: agencyMerged cần into", missing.Message);
        var extra = Only(j => j["changes"]![2]!["procedure"] = "tst-focal");
        Assert.Equal("kind: jurisdictionRenamed không dùng procedure; dùng: name", extra.Message);
        Assert.Equal("kind: procedureSuspended cần note", Only(j => j["changes"]![3]!.AsObject().Remove("note")).Message);
        Assert.Equal("source: ghi văn bản hoặc thông báo làm căn cứ", Only(j => j["changes"]![2]!["source"] = " ").Message);
    }

    [Fact]
    public void An_unknown_kind_lists_the_allowed_ones()
    {
        var fault = Only(j => j["changes"]![0]!["kind"] = "agencyMoved");
        Assert.Contains("changes[0].kind: giá trị 'agencyMoved' không hợp lệ", fault.Message);
        Assert.Contains("agencyRenamed, agencyMerged, jurisdictionRenamed, jurisdictionMerged, procedureSuspended, procedureAdapted", fault.Message);
    }

    [Fact]
    public void What_a_change_names_must_exist_in_the_catalog_it_amends()
    {
        var agency = Only(j => j["changes"]![1]!["agency"] = "tst-nowhere");
        Assert.Contains("cơ quan 'tst-nowhere' không có trong agencies của danh mục hay của tệp thay đổi; có: tst-center, tst-dept, tst-so-khcn", agency.Message);
        var procedure = Only(j => j["changes"]![3]!["procedure"] = "tst-other");
        Assert.Contains("procedure 'tst-other' không phải thủ tục của 'test-province'", procedure.Message);
        var jurisdiction = Only(j => j["jurisdiction"] = "tinh-khac");
        Assert.Equal(("jurisdiction", "không có tệp danh mục của địa phương 'tinh-khac' để ghi thay đổi; có: test-province"), (jurisdiction.Entry, jurisdiction.Message));
    }

    [Fact]
    public void Merges_in_a_circle_are_refused()
    {
        var fault = Only(j => j["changes"]!.AsArray().Add(JsonNode.Parse(
            """{ "kind": "agencyMerged", "agency": "tst-so-khcn", "into": "tst-dept", "effective": "2025-04-01", "source": "Nhầm" }""")));
        Assert.Equal("sáp nhập vòng tròn: tst-dept → tst-so-khcn → tst-dept", fault.Message);
    }

    [Fact]
    public void A_successor_agency_may_not_reuse_a_code_of_another_file()
    {
        var json = Valid();
        json["agencies"]![0]!["code"] = "tst-center";
        Assert.Contains(Check(json), f => f.Message.Contains("mã cơ quan 'tst-center' đã dùng ở tệp khác", StringComparison.Ordinal));
    }
}
