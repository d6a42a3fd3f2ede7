using BenchmarkDotNet.Attributes;
using InternalTthc.Core.Calendar;

namespace InternalTthc.Benchmarks;

/// <summary>Lunar conversions per second: warm (month tables cached) and cold (a new calendar computing the new moons).</summary>
[MemoryDiagnoser]
public class LunarBenchmarks
{
    private readonly VietnameseLunarCalendar _lunar = new();
    private readonly DateOnly[] _days = Enumerable.Range(0, 64).Select(i => new DateOnly(1990, 1, 1).AddDays(i * 577)).ToArray();
    private LunarDate[] _lunarDays = [];

    [GlobalSetup]
    public void Setup() => _lunarDays = _days.Select(_lunar.ToLunar).ToArray();

    /// <summary>64 solar → lunar conversions spread over 1990–2090.</summary>
    [Benchmark(OperationsPerInvoke = 64)]
    public int SolarToLunar()
    {
        int sum = 0;
        foreach (var day in _days)
        {
            sum += _lunar.ToLunar(day).Day;
        }
        return sum;
    }

    /// <summary>64 lunar → solar conversions.</summary>
    [Benchmark(OperationsPerInvoke = 64)]
    public int LunarToSolar()
    {
        int sum = 0;
        foreach (var day in _lunarDays)
        {
            sum += _lunar.ToSolar(day).Day;
        }
        return sum;
    }

    /// <summary>Tết of one year on a fresh calendar: two month tables built from new moons and solar longitudes.</summary>
    [Benchmark]
    public DateOnly NewYearCold() => new VietnameseLunarCalendar().NewYear(2031);
}
