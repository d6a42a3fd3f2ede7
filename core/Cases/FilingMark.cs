namespace InternalTthc.Core.Cases;

/// <summary>
/// The conversation state that says a form was filed (its session, with the case's code), saved over
/// <see cref="Version"/> in the filing's own transaction: the case and the mark commit together or neither does, and a
/// second press of the same form, finding the version gone, files nothing (<see cref="FilingMarkLostException"/>).
/// </summary>
public sealed record FilingMark(string StateKey, int Version, Func<Case, string> Payload, DateTimeOffset At);
