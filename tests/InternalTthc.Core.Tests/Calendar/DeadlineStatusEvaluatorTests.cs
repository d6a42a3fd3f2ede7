using InternalTthc.Testing;
using InternalTthc.Core.Calendar;
using InternalTthc.Core.Catalog;

namespace InternalTthc.Core.Tests.Calendar;

public sealed class DeadlineStatusEvaluatorTests
{
    private const string Code = TestCalendar.Jurisdiction;
    private readonly DeadlineCalculator _calculator = TestCalendar.Calculator();

    [Fact]
    public void Reports_working_time_left_then_overdue_time_from_the_clock()
    {
        var clock = new FakeClock(TestCalendar.Local("2026-04-24 16:00"));
        var evaluator = new DeadlineStatusEvaluator(_calculator, clock);
        var due = _calculator.ComputeDue(Code, DeadlineRule.WorkingDays(1), TestCalendar.Local("2026-04-24 09:00")); // Tue 28/4 17:00

        var open = evaluator.Evaluate(Code, due);
        Assert.Equal((DeadlineState.Open, TimeSpan.FromHours(9), TimeSpan.Zero), (open.State, open.WorkingTimeLeft, open.WorkingTimeOverdue));
        Assert.False(open.IsOverdue);

        clock.Set(TestCalendar.Local("2026-04-29 09:30"));
        var late = evaluator.Evaluate(Code, due);
        Assert.Equal((DeadlineState.Overdue, TimeSpan.Zero, TimeSpan.FromHours(2)), (late.State, late.WorkingTimeLeft, late.WorkingTimeOverdue));
        Assert.True(late.IsOverdue);
    }

    [Fact]
    public void No_deadline_is_never_overdue()
    {
        var status = new DeadlineStatusEvaluator(_calculator, new FakeClock(TestCalendar.Local("2030-01-01"))).Evaluate(Code, null);
        Assert.Equal(DeadlineState.None, status.State);
        Assert.Null(status.Due);
    }
}
