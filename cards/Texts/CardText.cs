using System.Collections.Frozen;
using System.Globalization;
using InternalTthc.Core.Text;

namespace InternalTthc.Cards.Texts;

/// <summary>User-facing card texts: CardTexts.resx (Vietnamese, the default) and CardTexts.en.resx.</summary>
public static class CardText
{
    private static readonly ResourceTexts Texts = new("InternalTthc.Cards.Texts.CardTexts", typeof(CardText).Assembly);

    public static CultureInfo Vietnamese => ResourceTexts.Vi;

    public static string Get(string key, CultureInfo? culture = null, params object[] args) => Texts.Get(culture ?? ResourceTexts.Current, key, args);

    /// <summary>
    /// A text about one case in the words of its kind: for a question (hỏi - đáp) its twin <see cref="QuestionKey"/>, which
    /// says "câu hỏi" and "trả lời" where the case's text says "hồ sơ" and "xử lý"; other texts read the same for both.
    /// </summary>
    public static string ForCase(bool question, string key, CultureInfo? culture = null, params object[] args) =>
        Get(question && QuestionTwins.Contains(key) ? QuestionKey(key) : key, culture, args);

    /// <summary>"CaseX" → "QuestionX", "X" → "QuestionX".</summary>
    public static string QuestionKey(string key) => "Question" + (key.StartsWith("Case", StringComparison.Ordinal) ? key["Case".Length..] : key);

    /// <summary>The texts about a case that a question reads in words of its own.</summary>
    internal static readonly FrozenSet<string> QuestionTwins = new[]
    {
        "CaseActionNotAllowed", "CaseAskCancelled", "CaseAsk_note", "CaseAsk_score", "CaseAsk_supplement", "CaseAssignee",
        "CaseButton_startProcessing", "CaseButton_take", "CaseButton_withdraw", "CaseCardSuperseded", "CaseChangedSinceCard", "CaseContentMasked",
        "CaseDocumentsHeading", "CaseFilesHeading", "CaseNoLongerVisible", "CasePageLink", "CasePageQr", "CaseResolutionDue", "CaseWithdrawNoteLabel",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Every key of one culture's own file, for the test that English has them all.</summary>
    internal static IEnumerable<string> Keys(CultureInfo culture) => Texts.Keys(culture);
}
