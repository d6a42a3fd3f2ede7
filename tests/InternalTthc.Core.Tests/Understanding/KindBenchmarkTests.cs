using InternalTthc.Core.Text;
using InternalTthc.Core.Understanding;
using InternalTthc.Core.Understanding.Model;
using InternalTthc.Core.Understanding.Training;

namespace InternalTthc.Core.Tests.Understanding;

/// <summary>
/// The corpus benchmark (also `dotnet run --project bot -- understanding eval`): the shipped model on the
/// test split, which nothing was tuned on, must be right at least 95 % of the time and start no wrong procedure.
/// </summary>
public sealed class KindBenchmarkTests
{
    [Fact]
    public void The_test_split_is_understood_and_no_wrong_procedure_starts()
    {
        var benchmark = KindBenchmark.Run(new KindReader(KindModel.Shipped), Corpus.Test, CorpusFolder.Read(Corpus.Test));
        TestContext.Current.TestOutputHelper!.WriteLine(KindBenchmarkReport.Format(benchmark));
        Assert.True(benchmark.Accuracy >= 0.95, FormattableString.Invariant($"test split: {benchmark.Accuracy:P1} right; the misses are in the test output"));
        Assert.True(benchmark.WrongStarts.Count == 0, "wrong starts: " + string.Join(" | ", benchmark.WrongStarts.Select(j => $"{j.Row.Text} -> {j.Reading.Kind}")));
    }

    [Fact]
    public void The_corpus_has_every_kind_in_every_split_and_no_text_in_two()
    {
        var splits = new[] { Corpus.Train, Corpus.Dev, Corpus.Test }.ToDictionary(s => s, CorpusFolder.Read);
        Assert.True(splits.Values.Sum(s => s.Count) >= 1000, $"only {splits.Values.Sum(s => s.Count)} utterances");
        foreach (var (name, rows) in splits)
        {
            Assert.Empty(Enum.GetValues<UtteranceKind>().Except(rows.Select(r => r.Kind)));
            Assert.All(rows.Where(r => r.Kind == UtteranceKind.Facts), r => Assert.True(r.About is { } a && UtteranceKinds.AsRequest(a) is not null, $"{name}: {r.Text}"));
        }
        Assert.True(splits[Corpus.Test].Count(r => r.Hard) >= 60, "the test split needs its longer, less direct phrasings");
        var seen = new Dictionary<string, string>();
        foreach (var (name, rows) in splits)
        {
            foreach (var row in rows)
            {
                var key = string.Join(' ', VietnameseText.Fold(row.Text).Split(' ', StringSplitOptions.RemoveEmptyEntries));
                Assert.False(seen.TryGetValue(key, out var other) && other != name, $"'{row.Text}' is in {other} and {name}");
                seen[key] = name;
            }
        }
    }
}
