using BenchmarkDotNet.Attributes;
using InternalTthc.Core.Calendar;
using InternalTthc.Core.Catalog;

namespace InternalTthc.Benchmarks;

/// <summary>Deadline computations per second on the default profile, across the 2026 Tết and 30/4 breaks.</summary>
[MemoryDiagnoser]
public class DeadlineBenchmarks
{
    private const string Code = "lai-chau";
    private static readonly TimeSpan Offset = TimeSpan.FromHours(7);
    private readonly DeadlineCalculator _calculator;
    private readonly DateTimeOffset _beforeTet = new(2026, 2, 13, 16, 10, 0, Offset);
    private readonly DateTimeOffset _april = new(2026, 4, 23, 14, 30, 0, Offset);

    public DeadlineBenchmarks()
    {
        var options = new CalendarOptions();
        var calendar = new WorkingCalendar(options, new VietnameseLunarCalendar());
        _calculator = new DeadlineCalculator(calendar, new OfficeHours(options), options);
    }

    [GlobalSetup]
    public void Warm() => _calculator.ComputeDue(Code, DeadlineRule.WorkingDays(1), _april); // loads 2026 once

    [Benchmark]
    public DateTimeOffset? WorkingDays3AcrossTet() => _calculator.ComputeDue(Code, DeadlineRule.WorkingDays(3), _beforeTet);

    [Benchmark]
    public DateTimeOffset? WorkingDays20() => _calculator.ComputeDue(Code, DeadlineRule.WorkingDays(20), _april);

    [Benchmark]
    public DateTimeOffset? WorkingHours8AcrossTet() => _calculator.ComputeDue(Code, DeadlineRule.WorkingHours(8), _beforeTet);

    [Benchmark]
    public DateTimeOffset? BeforeDate() => _calculator.ComputeDue(Code, DeadlineRule.BeforeDate(11, 25), _april);

    [Benchmark]
    public TimeSpan WorkingTimeBetweenOneMonth() => _calculator.WorkingTimeBetween(Code, _april, _april.AddDays(30));
}
