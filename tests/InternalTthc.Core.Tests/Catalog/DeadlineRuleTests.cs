using InternalTthc.Core.Catalog;

namespace InternalTthc.Core.Tests.Catalog;

public sealed class DeadlineRuleTests
{
    [Fact]
    public void Describes_itself_in_vietnamese()
    {
        Assert.Equal("3 ngày làm việc", DeadlineRule.WorkingDays(3).ToString());
        Assert.Equal("8 giờ làm việc", DeadlineRule.WorkingHours(8).ToString());
        Assert.Equal("trước ngày 25/11 hằng năm", DeadlineRule.BeforeDate(11, 25).ToString());
        Assert.Equal("không quy định", DeadlineRule.None.ToString());
    }
}
