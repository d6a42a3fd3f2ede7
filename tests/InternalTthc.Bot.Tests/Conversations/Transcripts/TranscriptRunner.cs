using InternalTthc.Bot.Tests.Support;

namespace InternalTthc.Bot.Tests.Conversations.Transcripts;

/// <summary>Plays a transcript through the real turn pipeline as one person, checking each answer as it comes.</summary>
public static class TranscriptRunner
{
    public static async Task PlayAsync(ChatDriver chat, IEnumerable<Turn> turns)
    {
        var step = 0;
        foreach (var turn in turns)
        {
            step++;
            if (turn.Say is { } text) await chat.SayAsync(text);
            else await chat.PressAsync(turn.Press!, turn.Inputs);
            var said = chat.LastText;
            foreach (var expected in turn.Expect)
            {
                Assert.True(said.Contains(expected, StringComparison.Ordinal), $"turn {step} ({turn}): expected \"{expected}\" in:\n{said}");
            }

            foreach (var never in turn.Never)
            {
                Assert.False(said.Contains(never, StringComparison.Ordinal), $"turn {step} ({turn}): did not expect \"{never}\" in:\n{said}");
            }
        }
    }
}
