using InternalTthc.Core.Understanding;

namespace InternalTthc.Bot.Conversations;

/// <summary>
/// What the turn's words are recognized as, worked out once a turn: the free-text route and the menu's greeting check ask
/// the same of the same words (issue 14: recognizing them was a tenth of a greeting's CPU, done twice). Scoped: one turn.
/// </summary>
public sealed class TurnRecognition(IntentRecognizer recognizer)
{
    private (string Text, string Jurisdiction, Recognition Result)? _last;

    public Recognition Recognize(string text, string jurisdictionCode)
    {
        if (_last is { } last && last.Text == text && last.Jurisdiction == jurisdictionCode)
        {
            return last.Result;
        }

        var result = recognizer.Recognize(text, jurisdictionCode);
        _last = (text, jurisdictionCode, result);
        return result;
    }
}
