using InternalTthc.Core.Catalog;
using InternalTthc.Core.Tests.Support;

namespace InternalTthc.Core.Tests.Catalog;

/// <summary>What a change file makes of names and procedures on days before and after its changes; the published record is untouched.</summary>
public sealed class SuccessionTests
{
    private static readonly ProcedureCatalog Catalog = RegulationCatalog.Create();
    private static readonly Successions S = Catalog.Successions;
    private static readonly DateOnly Before = new(2025, 2, 28);
    private static readonly DateOnly After = new(2025, 7, 1);

    [Fact]
    public void A_merged_agency_is_named_by_its_successor_with_the_published_name()
    {
        Assert.Equal(("tst-dept", new CurrentName("Sở Thử", null)), (S.SuccessorOf("tst-dept", Before), S.AgencyName("tst-dept", Before)));
        Assert.Equal(("tst-so-khcn", new CurrentName("Sở Khoa học và Công nghệ", "Sở Thử")), (S.SuccessorOf("tst-dept", After), S.AgencyName("tst-dept", After)));
    }

    [Fact]
    public void A_renamed_agency_keeps_its_code_and_says_its_former_name() =>
        Assert.Equal(("tst-center", new CurrentName("Trung tâm Chuyển đổi số", "Trung tâm Thử")), (S.SuccessorOf("tst-center", After), S.AgencyName("tst-center", After)));

    [Fact]
    public void The_jurisdiction_is_named_as_it_is_on_the_day() =>
        Assert.Equal((new CurrentName("Tỉnh Thử", null), new CurrentName("Thành phố Thử", "Tỉnh Thử")),
            (S.JurisdictionName(TestCatalog.Jurisdiction, new DateOnly(2024, 12, 31)), S.JurisdictionName(TestCatalog.Jurisdiction, new DateOnly(2025, 1, 1))));

    [Fact]
    public void A_procedure_is_suspended_from_its_effective_day_only()
    {
        var p = Catalog.Find("tst-approval")!;
        Assert.Equal(ProcedureStanding.InForce, S.StateOf(p, new DateOnly(2025, 6, 30)).Standing);
        var state = S.StateOf(p, After);
        Assert.Equal((ProcedureStanding.Suspended, After, "Không còn cấp huyện", false), (state.Standing, state.Since!.Value, state.Note, state.IsOffered));
    }

    [Fact]
    public void The_published_record_is_untouched()
    {
        Assert.Equal("Sở Thử", Catalog.AgenciesOf(TestCatalog.Jurisdiction).Single(a => a.Code == "tst-dept").Name);
        Assert.Equal("Tỉnh Thử", Catalog.FindJurisdiction(TestCatalog.Jurisdiction)!.Name);
    }
}
