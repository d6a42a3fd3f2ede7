namespace InternalTthc.Core.Understanding;

/// <summary>
/// What a message is, as the corpus labels it and the kind model predicts it: a kind of request a
/// catalog entry serves (the names of <see cref="Catalog.RequestKind"/>), a conversation command
/// (the names of <see cref="CommandKind"/>), a question about a procedure's facts, or something the
/// bot must not start anything for.
/// </summary>
public enum UtteranceKind
{
    MailboxNew,
    MailboxChange,
    MailboxRevoke,
    Password,
    Restore,
    SystemAccount,
    SystemSupport,
    Incident,
    Dti,
    Question,
    /// <summary>A question about one procedure's published facts (how long, which papers, fee, who decides).</summary>
    Facts,
    MyCases,
    Queue,
    LookUp,
    SearchAnswers,
    Human,
    Help,
    Greeting,
    Menu,
    Cancel,
    Back,
    Resume,
    /// <summary>Out of scope: nothing is started for it.</summary>
    Other,
}
