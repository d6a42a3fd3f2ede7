using System.Globalization;
using System.Text;
using InternalTthc.Core.Calendar;
using InternalTthc.Core.Tests.Calendar;
using InternalTthc.Core.Understanding;

namespace InternalTthc.Core.Tests.Understanding;

/// <summary>TestData/time-expressions.tsv: every row of vn-calendar.md §6.6 and more, in both contexts.</summary>
public sealed class TimeExpressionTests
{
    private readonly VietnameseTimeParser _parser = TestTimeParser.Create();

    [Fact]
    public void Every_time_expression_is_read_as_expected()
    {
        var failures = new List<string>();
        int total = 0;
        foreach (var (row, reference) in TestDataFile.RowsAtClocks("time-expressions.tsv", TestCalendar.Local("2026-04-23 14:30")))
        {
            total++;
            var context = row[0] == "I" ? TimeContext.Incident : TimeContext.Deadline;
            var reading = _parser.Parse(row[1], reference, context);
            var expected = $"{row[2]} | {row[3]} | {(row.Length > 4 ? row[4] : row[1])}";
            var actual = reading is null ? "none | - | " + (row.Length > 4 ? row[4] : row[1]) : $"{TimeText.Show(reading)} | {Flags(reading)} | {reading.Span.Of(row[1])}";
            if (expected != actual)
            {
                failures.Add($"  {row[0]} {row[1]}: expected {expected}, got {actual}");
            }
        }
        Assert.True(total >= 60, $"only {total} expressions");
        TestDataFile.Report("time expressions", total, failures);
    }

    [Theory]
    [InlineData("sáng nay")]
    [InlineData("tối thứ 7 tuần trước")]
    [InlineData("mùng 10 tháng 3 âm lịch")]
    public void Decomposed_and_composed_input_read_the_same(string text)
    {
        var reference = TestCalendar.Local("2026-04-23 14:30");
        var composed = _parser.Parse(text, reference, TimeContext.Deadline)!;
        var decomposed = _parser.Parse(text.Normalize(NormalizationForm.FormD), reference, TimeContext.Deadline)!;
        Assert.Equal((composed.Start, composed.End, composed.Ambiguous), (decomposed.Start, decomposed.End, decomposed.Ambiguous));
        Assert.Equal(text.Normalize(NormalizationForm.FormD).Length, decomposed.Span.Length);
    }

    [Fact]
    public void Readings_are_in_vietnam_time_whatever_the_reference_offset()
    {
        var reading = _parser.Parse("hôm qua", new DateTimeOffset(2026, 4, 23, 7, 30, 0, TimeSpan.Zero), TimeContext.Incident)!;
        Assert.Equal(new DateTimeOffset(2026, 4, 22, 0, 0, 0, VietnamTime.Offset), reading.Start);
        Assert.Equal(VietnamTime.Offset, reading.End.Offset);
    }

    private static string Flags(TimeReading r)
    {
        var flags = new[] { (r.Ambiguous, "ambiguous"), (r.Fuzzy, "fuzzy"), (r.RecursYearly, "yearly") }.Where(f => f.Item1).Select(f => f.Item2).ToList();
        return flags.Count == 0 ? "-" : string.Join(',', flags);
    }
}
