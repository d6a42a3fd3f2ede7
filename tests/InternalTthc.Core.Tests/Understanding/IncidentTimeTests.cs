using InternalTthc.Core.Catalog;
using InternalTthc.Core.Forms;
using InternalTthc.Core.Tests.Calendar;
using InternalTthc.Core.Understanding;
using InternalTthc.Testing;

namespace InternalTthc.Core.Tests.Understanding;

/// <summary>
/// TestData/incident-times.tsv: when an incident began, read from plain words at a fixed clock and shown
/// back as the interview shows it ("09:00 06/12/2026", "06/12/2026 (không rõ giờ)"), never ISO, never a made-up 00:00.
/// </summary>
public sealed class IncidentTimeTests
{
    private readonly IncidentReportReader _reader = new(TestTimeParser.Create());

    [Fact]
    public void Every_incident_time_is_read_and_shown_as_expected()
    {
        var failures = new List<string>();
        int total = 0;
        foreach (var (row, reference) in TestDataFile.RowsAtClocks("incident-times.tsv", DateTimeOffset.MinValue))
        {
            total++;
            var value = _reader.Read(row[0], reference).StartedAtValue;
            var shown = value is null ? "-" : DateTimeAnswer.Show(value);
            if (shown != row[1])
            {
                failures.Add($"  {row[0]}: expected {row[1]}, got {shown}");
            }
        }
        Assert.True(total >= 60, $"only {total} expressions");
        TestDataFile.Report("incident times", total, failures);
    }

    [Theory]
    [InlineData("06/12/2026 09:00", "2026-12-06 09:00")]
    [InlineData("09:00 6/12/2026", "2026-12-06 09:00")]
    [InlineData("06/12/2026", "2026-12-06")]
    [InlineData("tối qua khoảng 9h", "2026-12-06 21:00")]
    [InlineData("vừa xong", "2026-12-07 09:30")]
    [InlineData("nửa đêm qua", "2026-12-07 00:00")]
    [InlineData("hôm qua thì phải", "2026-12-06")]
    public void The_interview_takes_the_start_typed_as_a_date_or_in_words(string typed, string value)
    {
        var check = Reader().Read(StartedAt, typed);
        Assert.True(check.Ok, check.Error);
        Assert.Equal(value, check.Value!.Value.GetString());
    }

    [Fact]
    public void Words_that_name_no_time_are_refused_with_the_way_to_write_one()
    {
        var check = Reader().Read(StartedAt, "không nhớ nữa");
        Assert.False(check.Ok);
        Assert.Contains("25/11/2026 14:30", check.Error);
    }

    private static readonly FormField StartedAt = new() { Name = "startedAt", Label = "Thời điểm bắt đầu", Type = FieldType.DateTime, Required = true };

    private static FormAnswerReader Reader() =>
        new(new FieldValueValidator(), TestTimeParser.Create(), new FakeClock(TestCalendar.Local("2026-12-07 09:30")));

    [Theory]
    [InlineData("2026-12-06 09:00", "09:00 06/12/2026")]
    [InlineData("2026-12-06", "06/12/2026 (không rõ giờ)")]
    [InlineData("sáng nay", "sáng nay")]
    public void A_date_time_answer_is_shown_as_people_read_it(string value, string shown) => Assert.Equal(shown, DateTimeAnswer.Show(value));
}
