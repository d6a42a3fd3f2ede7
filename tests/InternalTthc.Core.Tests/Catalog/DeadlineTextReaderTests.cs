using InternalTthc.Core.Catalog;

namespace InternalTthc.Core.Tests.Catalog;

/// <summary>What a published deadline text says, read as the checker compares it with the machine rule.</summary>
public sealed class DeadlineTextReaderTests
{
    [Theory]
    [InlineData("không quá 02 giờ kể từ khi tiếp nhận thông tin", "2 giờ")]
    [InlineData("Không quá 8 giờ làm việc kể từ khi nhận được yêu cầu", "8 giờ làm việc")]
    [InlineData("Trong thời hạn 15 ngày kể từ ngày có quyết định cho cá nhân nghỉ hưu, thôi việc", "15 ngày")]
    [InlineData("Trong thời hạn 02 ngày làm việc, kể từ ngày nhận được văn bản đề nghị", "2 ngày làm việc")]
    [InlineData("Chậm nhất trong thời gian 02 ngày làm việc; trường hợp phức tạp thì không quá 05 ngày làm việc", "2 ngày làm việc")]
    [InlineData("định kỳ 06 tháng (trước ngày 20/6), năm (trước ngày 20/12 hàng năm)", "trước ngày 20/6, 20/12 hằng năm")]
    [InlineData("Trước ngày 25 tháng 11 hàng năm", "trước ngày 25/11 hằng năm")]
    [InlineData("Không quy định", "không quy định")]
    public void Reads_the_kind_and_amount(string text, string rule) => Assert.Equal(rule, DeadlineTextReader.Read(text)?.ToString());

    [Theory]
    [InlineData("không quá 02 giờ kể từ khi tiếp nhận thông tin", new[] { DeadlineStart.Receipt, DeadlineStart.Submission, DeadlineStart.ValidReceipt })]
    [InlineData("15 ngày kể từ ngày có quyết định", new[] { DeadlineStart.FormDate })]
    [InlineData("03 ngày làm việc kể từ ngày nhận được hồ sơ hợp lệ.", new[] { DeadlineStart.ValidReceipt })]
    [InlineData("02 ngày làm việc sau khi đã đầy đủ thông tin theo yêu cầu.", new[] { DeadlineStart.CompleteInformation })]
    [InlineData("Không quy định", new DeadlineStart[0])]
    public void Reads_what_starts_the_clock(string text, DeadlineStart[] starts) => Assert.Equal(starts, DeadlineTextReader.Starts(text));

    [Fact]
    public void Working_hours_for_hours_of_the_clock_are_a_contradiction()
    {
        var why = DeadlineTextReader.Disagreement(DeadlineRule.WorkingHours(2, DeadlineStart.Receipt), "không quá 02 giờ kể từ khi tiếp nhận thông tin");
        Assert.Equal("quy tắc \"2 giờ làm việc\" mâu thuẫn với thời hạn công bố \"không quá 02 giờ kể từ khi tiếp nhận thông tin\" (đọc được: \"2 giờ\")", why);
    }

    [Fact]
    public void A_start_the_text_does_not_allow_is_named_with_the_allowed_ones()
    {
        var why = DeadlineTextReader.Disagreement(DeadlineRule.CalendarDays(15, DeadlineStart.Submission), "15 ngày kể từ ngày có quyết định");
        Assert.Equal("from 'submission' mâu thuẫn với thời hạn công bố \"15 ngày kể từ ngày có quyết định\", tính từ: formDate", why);
    }
}
