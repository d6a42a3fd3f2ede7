namespace InternalTthc.Core.Understanding;

/// <summary>
/// A way people write a word in chat and the full form it stands for. A <see cref="From"/> with
/// diacritics ("thư") only matches words typed with those diacritics; one without ("mk") matches
/// any spelling. <see cref="IsAbbreviation"/> marks the forms Điều 24 forbids in questions.
/// </summary>
internal sealed record ShortForm(string From, string To, bool IsAbbreviation);
