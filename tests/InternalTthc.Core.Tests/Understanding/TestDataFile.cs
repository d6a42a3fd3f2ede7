using InternalTthc.Core.Tests.Calendar;

namespace InternalTthc.Core.Tests.Understanding;

/// <summary>Rows of a tab-separated file under TestData: blank lines and lines starting with '#' are comments.</summary>
internal static class TestDataFile
{
    public static IReadOnlyList<string[]> Rows(string name) =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", name))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .ToList();

    /// <summary>The rows of a table read at fixed clocks: a row "@reference 2026-12-07 09:30" sets the clock of the rows after it.</summary>
    public static IEnumerable<(string[] Row, DateTimeOffset Reference)> RowsAtClocks(string name, DateTimeOffset first)
    {
        var reference = first;
        foreach (var row in Rows(name))
        {
            if (row[0].StartsWith('@'))
            {
                reference = TestCalendar.Local(row[0]["@reference ".Length..]);
                continue;
            }
            yield return (row, reference);
        }
    }

    /// <summary>Prints "name: passed/total = pct%" and every failure, then fails below 100 %.</summary>
    public static void Report(string name, int total, IReadOnlyList<string> failures)
    {
        var output = TestContext.Current.TestOutputHelper!;
        int passed = total - failures.Count;
        output.WriteLine(FormattableString.Invariant($"{name}: {passed}/{total} = {100.0 * passed / total:F1}%"));
        foreach (var failure in failures)
        {
            output.WriteLine(failure);
        }
        Assert.True(failures.Count == 0, FormattableString.Invariant($"{name}: {passed}/{total}; the failures are in the test output"));
    }
}
