using System.Globalization;
using System.Text;

namespace InternalTthc.Core.Understanding.Training;

/// <summary>The benchmark as text: accuracy overall, on the hard rows and per kind, wrong starts apart, a confusion table and the misses.</summary>
public static class KindBenchmarkReport
{
    public static string Format(KindBenchmark b)
    {
        var text = new StringBuilder();
        void Line(FormattableString line) => text.Append(line.ToString(CultureInfo.InvariantCulture)).Append('\n');
        var all = b.Judgements;
        Line($"split {b.Split}: {all.Count} messages, right {b.Count(KindOutcome.Right)} = {b.Accuracy:P1} (asked \"Ý bạn là …?\" {b.Asked}), hard rows {b.HardAccuracy:P1} of {all.Count(j => j.Row.Hard)}");
        Line($"  wrong starts {b.Count(KindOutcome.WrongStart)}, wrong answers {b.Count(KindOutcome.WrongAnswer)}, wrong choices {b.Count(KindOutcome.WrongChoices)}, not understood {b.Count(KindOutcome.NotUnderstood)}");
        var about = all.Select(j => j.AboutRight).OfType<bool>().ToList();
        var topic = all.Select(j => j.TopicRight).OfType<bool>().ToList();
        Line($"  facts: procedure kind asked about {about.Count(x => x)}/{about.Count}, topic {topic.Count(x => x)}/{topic.Count}");
        Line($"");
        Line($"{"kind",-16} {"n",4} {"right",6} {"acc",7}");
        foreach (var group in all.GroupBy(j => j.Row.Kind).OrderBy(g => g.Key))
        {
            Line($"{UtteranceKinds.Name(group.Key),-16} {group.Count(),4} {group.Count(j => j.Outcome == KindOutcome.Right),6} {KindBenchmark.Share([.. group]),7:P1}");
        }

        Line($"");
        Line($"confusion (rows: meant; columns: acted on or offered first, low band as other)");
        var kinds = Enum.GetValues<UtteranceKind>();
        text.Append(new string(' ', 16)).Append(string.Concat(kinds.Select(k => Short(k).PadLeft(5)))).Append('\n');
        foreach (var meant in kinds.Where(k => all.Any(j => j.Row.Kind == k)))
        {
            text.Append(UtteranceKinds.Name(meant).PadRight(16));
            foreach (var shown in kinds)
            {
                var n = all.Count(j => j.Row.Kind == meant && j.Shown == shown);
                text.Append((n == 0 ? "." : n.ToString(CultureInfo.InvariantCulture)).PadLeft(5));
            }
            text.Append('\n');
        }

        Line($"");
        foreach (var miss in all.Where(j => j.Outcome != KindOutcome.Right))
        {
            var scores = string.Join(", ", miss.Reading.Scores.Take(3).Select(s => FormattableString.Invariant($"{UtteranceKinds.Name(s.Kind)} {s.Probability:0.00}")));
            Line($"  {miss.Outcome}: [{UtteranceKinds.Name(miss.Row.Kind)}] {miss.Row.Text} -> {UtteranceKinds.Name(miss.Reading.Kind)} ({miss.Reading.Band}; {scores})");
        }
        return text.ToString();
    }

    /// <summary>Four letters of the kind's name for the table's columns.</summary>
    private static string Short(UtteranceKind kind) => new([.. UtteranceKinds.Name(kind).Replace("mailbox-", "m", StringComparison.Ordinal).Where(c => c != '-').Take(4)]);
}
