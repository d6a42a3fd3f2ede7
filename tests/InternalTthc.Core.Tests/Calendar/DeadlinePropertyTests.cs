using InternalTthc.Core.Calendar;
using InternalTthc.Core.Catalog;

namespace InternalTthc.Core.Tests.Calendar;

/// <summary>Properties over random moments 2024–2027 (official and computed years), from a fixed seed so failures repeat.</summary>
public sealed class DeadlinePropertyTests
{
    private const int Seed = 20261122;
    private const int Samples = 1500;
    private const string Code = TestCalendar.Jurisdiction;
    private readonly DeadlineCalculator _calculator = TestCalendar.Calculator();

    [Fact]
    public void A_due_moment_never_falls_in_non_working_time()
    {
        var random = new Random(Seed);
        for (int i = 0; i < Samples; i++)
        {
            var start = RandomMoment(random);
            var rule = (i % 3) switch
            {
                0 => DeadlineRule.WorkingDays(random.Next(0, 40)),
                1 => DeadlineRule.WorkingHours(random.Next(1, 120)),
                _ => DeadlineRule.BeforeDate(random.Next(1, 13), random.Next(1, 29)),
            };
            var due = _calculator.ComputeDue(Code, rule, start)!.Value;
            Assert.True(_calculator.IsWorkingMoment(Code, due), $"{rule} from {TestCalendar.Show(start)} is due {TestCalendar.Show(due)}");
        }
    }

    [Fact]
    public void More_working_time_never_gives_an_earlier_due_moment()
    {
        var random = new Random(Seed + 1);
        for (int i = 0; i < Samples; i++)
        {
            var start = RandomMoment(random);
            int days = random.Next(0, 30);
            Assert.True(Due(DeadlineRule.WorkingDays(days), start) <= Due(DeadlineRule.WorkingDays(days + random.Next(1, 5)), start));
            var time = TimeSpan.FromMinutes(random.Next(0, 60 * 80));
            var more = time + TimeSpan.FromMinutes(random.Next(1, 60 * 8));
            Assert.True(_calculator.AddWorkingTime(Code, start, time) <= _calculator.AddWorkingTime(Code, start, more));
        }
    }

    [Fact]
    public void Working_time_between_undoes_adding_working_time()
    {
        var random = new Random(Seed + 2);
        int inside = 0;
        for (int i = 0; i < Samples; i++)
        {
            var from = RandomMoment(random);
            var time = TimeSpan.FromMinutes(random.Next(0, 60 * 120));
            inside += _calculator.IsWorkingMoment(Code, from) ? 1 : 0;
            Assert.Equal(time, _calculator.WorkingTimeBetween(Code, from, _calculator.AddWorkingTime(Code, from, time)));
        }
        Assert.True(inside > Samples / 10, $"only {inside} samples started inside working time");
    }

    private DateTimeOffset Due(DeadlineRule rule, DateTimeOffset start) => _calculator.ComputeDue(Code, rule, start)!.Value;

    /// <summary>A minute between 2024-01-01 and 2027-12-31, Vietnam time; a third of them inside office hours.</summary>
    private static DateTimeOffset RandomMoment(Random random)
    {
        var day = new DateOnly(2024, 1, 1).AddDays(random.Next(0, 4 * 365));
        int minute = random.Next(3) == 0 ? 450 + random.Next(0, 240) : random.Next(0, 24 * 60);
        return new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue).AddMinutes(minute), VietnamTime.Offset);
    }
}
