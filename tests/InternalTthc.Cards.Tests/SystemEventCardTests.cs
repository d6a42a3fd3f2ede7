using InternalTthc.Cards.Menu;
using InternalTthc.Cards.Model;
using InternalTthc.Core.Catalog;

namespace InternalTthc.Cards.Tests;

/// <summary>How a recurring duty (a system event on a schedule) says when it happens: every N months, or on yearly dates.</summary>
public sealed class SystemEventCardTests
{
    private static SystemEvent Duty(SystemEventTrigger trigger) => new()
    {
        Code = "tst-list", Name = "Gửi danh sách hộp thư bị khóa", Source = new ProcedureSource("doc", "Điều 9"),
        Text = "Định kỳ gửi danh sách.", Actor = "tst-center", Triggers = [trigger], Keywords = ["danh sách"],
    };

    private static string When(SystemEvent e) =>
        ((TextElement)SystemEventCard.Create(e, "Trung tâm Thử", "Quyết định thử", [e], null, false).Body[1]).Text;

    [Fact]
    public void A_duty_every_three_months_and_one_on_yearly_dates_each_say_when()
    {
        Assert.Equal("Trung tâm Thử tự thực hiện việc này khi: định kỳ 03 tháng một lần.", When(Duty(new SystemEventTrigger
        {
            On = SystemEventCause.Schedule, Every = new Period(3, PeriodUnit.Months), From = new DateOnly(2024, 1, 1),
        })));
        Assert.Equal("Trung tâm Thử tự thực hiện việc này khi: hằng năm, trước ngày 20/06, 20/12.", When(Duty(new SystemEventTrigger
        {
            On = SystemEventCause.Schedule, Dates = [new YearlyDate(6, 20), new YearlyDate(12, 20)],
        })));
    }
}
