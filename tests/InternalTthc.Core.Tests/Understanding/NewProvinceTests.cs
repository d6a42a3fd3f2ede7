using InternalTthc.Core.Catalog;
using InternalTthc.Core.Understanding;
using InternalTthc.Core.Understanding.Training;

namespace InternalTthc.Core.Tests.Understanding;

/// <summary>
/// A new province's catalog file (TestData/new-province/an-khang.json: an imaginary province whose
/// procedures have other names and no keywords) is understood through the kinds its entries serve,
/// with no new examples: the test split, read in that province, starts the procedure meant.
/// </summary>
public sealed class NewProvinceTests
{
    private const string Province = "an-khang";

    [Fact]
    public async Task A_new_provinces_file_is_understood_with_no_new_examples()
    {
        var loaded = await new CatalogLoader().LoadFilesAsync([Path.Combine(AppContext.BaseDirectory, "TestData", "new-province", "an-khang.json")], TestContext.Current.CancellationToken);
        Assert.Empty(loaded.Faults);
        Assert.All(loaded.Catalog!.Procedures, p => Assert.Empty(p.Keywords));
        var recognizer = new IntentRecognizer(loaded.Catalog);

        var rows = CorpusFolder.Read(Corpus.Test);
        var outcomes = rows.Select(r => (Row: r, Outcome: Judge(r, recognizer.Recognize(r.Text, Province)))).ToList();
        var right = outcomes.Count(o => o.Outcome == "right");
        var wrongStarts = outcomes.Where(o => o.Outcome == "wrong start").Select(o => o.Row.Text).ToList();
        TestContext.Current.TestOutputHelper!.WriteLine(FormattableString.Invariant($"{Province}: {right}/{rows.Count} right, {wrongStarts.Count} wrong starts"));
        foreach (var (row, outcome) in outcomes.Where(o => o.Outcome != "right")) TestContext.Current.TestOutputHelper!.WriteLine($"  {outcome}: [{row.Kind}] {row.Text}");
        Assert.True(right >= 0.95 * rows.Count, $"{right}/{rows.Count} right");
        Assert.Empty(wrongStarts);
    }

    /// <summary>Right when the procedure started (or shown, or offered) serves the kind meant; a started procedure that does not is a wrong start.</summary>
    private static string Judge(CorpusRow row, Recognition r)
    {
        var meant = UtteranceKinds.AsRequest(row.Kind is UtteranceKind.Facts ? row.About!.Value : row.Kind);
        bool Serves(ProcedureMatch? m) => meant is { } k && m is not null && m.Procedure.Kinds.Contains(k) && (m.SubCase?.Kind is null || m.SubCase.Kind == k);
        return r.Kind switch
        {
            RecognitionKind.Procedure => row.Kind != UtteranceKind.Facts && Serves(r.Match) ? "right" : "wrong start",
            RecognitionKind.InfoQuestion => row.Kind == UtteranceKind.Facts && Serves(r.Match) ? "right" : "wrong answer",
            RecognitionKind.Command => UtteranceKinds.AsCommand(row.Kind) == r.Command ? "right" : "wrong answer",
            RecognitionKind.Ambiguous => r.Choices.Any(c => c.Kind == row.Kind && (meant is null || Serves(c.Procedure))) ? "right" : "wrong choices",
            _ => row.Kind == UtteranceKind.Other ? "right" : "not understood",
        };
    }
}
