using System.Text;
using InternalTthc.Core.Understanding;

namespace InternalTthc.Core.Tests.Understanding;

/// <summary>TestData/utterances.tsv: realistic messages of all four jurisdictions and what they must be read as.</summary>
public sealed class UtteranceTests
{
    private readonly IntentRecognizer _recognizer = new(ShippedCatalog.Catalog);

    [Fact]
    public void Every_utterance_is_recognised_as_expected()
    {
        var rows = TestDataFile.Rows("utterances.tsv");
        var failures = new List<string>();
        foreach (var row in rows)
        {
            var (jurisdiction, message, expected) = (row[0], Variant(row[1], row.ElementAtOrDefault(3)), row[2]);
            var recognition = _recognizer.Recognize(message, jurisdiction);
            var actual = Describe(recognition);
            if (!Same(expected, actual))
            {
                failures.Add($"  {jurisdiction} | {row[1]} {row.ElementAtOrDefault(3)} | expected {expected} | got {actual} {Scores(recognition)}");
            }
        }
        Assert.True(rows.Count >= 150, $"only {rows.Count} utterances");
        TestDataFile.Report("utterances", rows.Count, failures);
    }

    private static string Variant(string text, string? variant) => variant switch
    {
        "nfd" => text.Normalize(NormalizationForm.FormD),
        "upper" => text.ToUpperInvariant(),
        "lower" => text.ToLowerInvariant(),
        _ => text,
    };

    private static bool Same(string expected, string actual) =>
        expected.StartsWith("ambiguous:", StringComparison.Ordinal) && actual.StartsWith("ambiguous:", StringComparison.Ordinal)
            ? Codes(expected).SetEquals(Codes(actual))
            : expected == actual;

    private static HashSet<string> Codes(string ambiguous) => [.. ambiguous["ambiguous:".Length..].Split(',')];

    private static string Describe(Recognition r) => r.Kind switch
    {
        RecognitionKind.Command => $"command:{r.Command}{((r.CaseCode ?? r.SearchText) is { } argument ? ":" + argument : "")}",
        RecognitionKind.Procedure => $"procedure:{Code(r.Match!)}",
        RecognitionKind.InfoQuestion => $"info:{r.Topic}:{r.Match!.Procedure.Code}",
        RecognitionKind.Ambiguous when r.Band == ConfidenceBand.Middle => "ask:" + Choices(r),
        RecognitionKind.Ambiguous => "ambiguous:" + Choices(r),
        RecognitionKind.NotOffered => $"notoffered:{r.Missing}:{Choices(r)}",
        _ => "unknown",
    };

    private static string Code(ProcedureMatch m) => m.Procedure.Code + (m.SubCase is null ? "" : "/" + m.SubCase.Code);

    private static string Choices(Recognition r) => string.Join(',', r.Choices.Select(c => c.Procedure is { } m ? Code(m) : c.Kind.ToString()));

    private static string Scores(Recognition r) =>
        $"[{string.Join(' ', (r.Reading?.Scores ?? []).Take(3).Select(c => FormattableString.Invariant($"{c.Kind}={c.Probability:F2}")))}]";
}
