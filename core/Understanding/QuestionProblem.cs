namespace InternalTthc.Core.Understanding;

/// <summary>Why a question breaks Điều 24 khoản 1 of Lai Châu's regulation on its procedure information system.</summary>
public enum QuestionProblem
{
    /// <summary>Not written in Vietnamese with diacritics (mostly unaccented).</summary>
    NoDiacritics,
    /// <summary>Abbreviations ("ko", "mk") or unknown capitals ("HTCV").</summary>
    Abbreviations,
    /// <summary>Symbols that are not accepted in writing (emoji, "=>", "&amp;").</summary>
    Symbols,
    /// <summary>Too short to be a specific question.</summary>
    NotSpecific,
    /// <summary>Sent to no agency, unit or locality.</summary>
    NoAgency,
}
