using InternalTthc.Core.Catalog;
using InternalTthc.Core.Notifications.Reminders;
using InternalTthc.Core.Tests.Catalog;
using static InternalTthc.Core.Tests.Notifications.Reminders.ReminderCases;

namespace InternalTthc.Core.Tests.Notifications.Reminders;

/// <summary>Reminders before the yearly dates of the shipped catalog (Hưng Yên DTI), and its per-procedure override.</summary>
public sealed class YearlyReminderTests
{
    private static async Task<ProcedureCatalog> ShippedAsync() =>
        await new CatalogLoader().LoadFolderAsync(PublishedCatalogTests.Folder, TestContext.Current.CancellationToken);

    [Fact]
    public async Task Hung_Yen_DTI_2026_reminds_focal_points_7_3_and_1_working_days_before_10_November()
    {
        var catalog = await ShippedAsync();
        var plan = Planner(catalog).PlanYearly(catalog.Find("hyn-dti-province")!, 2026);

        // 10/11/2026 is a Tuesday: 1 working day before is Mon 9/11, 3 is Thu 5/11, 7 is Fri 30/10.
        // The verification before 25/11 (a Wednesday) goes to the executing agency: Tue 24/11, Fri 20/11, Mon 16/11.
        Assert.Equal(
            [
                "YearlyDateSoon FocalPoints 2026-10-30 07:30 #0",
                "YearlyDateSoon FocalPoints 2026-11-05 07:30 #0",
                "YearlyDateSoon FocalPoints 2026-11-09 07:30 #0",
                "YearlyDateSoon AssigneeOrQueue 2026-11-16 07:30 #0",
                "YearlyDateSoon AssigneeOrQueue 2026-11-20 07:30 #0",
                "YearlyDateSoon AssigneeOrQueue 2026-11-24 07:30 #0",
            ],
            Show(plan));
        Assert.All(plan.Take(3), r => Assert.Equal(("2026-11-09 17:00", "Tự đánh giá trên phần mềm chấm điểm DTI"), (Show(r.Due), r.Milestone)));
        Assert.All(plan.Skip(3), r => Assert.Equal(("2026-11-24 17:00", (string?)null), (Show(r.Due), r.Milestone)));
        Assert.All(plan, r => Assert.Null(r.Status));
    }

    [Fact]
    public async Task Procedures_without_a_yearly_date_get_no_yearly_reminders()
    {
        var catalog = await ShippedAsync();
        var planner = Planner(catalog);
        Assert.Empty(planner.PlanYearly(catalog.Find("hyn-mailbox-restore")!, 2026));
    }

    [Fact]
    public async Task Thua_Thien_Hue_DTI_in_December_reminds_when_the_month_opens_and_before_it_ends()
    {
        var catalog = await ShippedAsync();
        var plan = Planner(catalog).PlanYearly(catalog.Find("tth-dti")!, 2026);

        // "Đánh giá vào tháng 12": Tue 1/12/2026 opens it; the bound is 1/1/2027 (a holiday), so 1 working day before is
        // Thu 31/12, 3 is Tue 29/12, 7 is Wed 23/12. Due at the end of 31/12.
        Assert.Equal(
            [
                "YearlyDateSoon AssigneeOrQueue 2026-12-01 07:30 #0",
                "YearlyDateSoon AssigneeOrQueue 2026-12-23 07:30 #0",
                "YearlyDateSoon AssigneeOrQueue 2026-12-29 07:30 #0",
                "YearlyDateSoon AssigneeOrQueue 2026-12-31 07:30 #0",
            ],
            Show(plan));
        Assert.All(plan, r => Assert.Equal("2026-12-31 17:00", Show(r.Due)));
    }

    [Fact]
    public async Task The_shipped_support_procedure_reminds_by_its_own_policy()
    {
        var catalog = await ShippedAsync();
        var planner = Planner(catalog);
        var c = Received("2026-04-23 08:00", "2026-04-23 16:00", "lcu-system-support", jurisdiction: "lai-chau");
        // Its own [4, 1] instead of Lai Châu's [8, 2]: 4 working hours before 16:00 is 10:30, across lunch.
        Assert.Equal(
            ["2026-04-23 10:30", "2026-04-23 15:00", "2026-04-23 16:00", "2026-04-23 16:00"],
            planner.PlanFor(c, Local("2026-04-23 08:00")).Select(r => Show(r.At)));
    }
}
