namespace InternalTthc.Core.Catalog;

/// <summary>
/// Kinds of request common to every province. Each catalog entry names the kinds it serves
/// (<see cref="Procedure.Kinds"/>, and a sub-case its own <see cref="SubCase.Kind"/>), so what people
/// type is understood for a new province's file without new examples.
/// </summary>
public enum RequestKind
{
    /// <summary>A new official mailbox (a new person, a new unit).</summary>
    MailboxNew,
    /// <summary>The details of a mailbox changed (name, position, transfer inside the province, unit renamed).</summary>
    MailboxChange,
    /// <summary>A mailbox closed (retirement, leaving, transfer out of the province).</summary>
    MailboxRevoke,
    /// <summary>A mailbox password re-issued.</summary>
    Password,
    /// <summary>A locked or suspended mailbox opened again.</summary>
    Restore,
    /// <summary>An account or its permissions on a provincial information system.</summary>
    SystemAccount,
    /// <summary>Help with a fault of the provincial case-handling system.</summary>
    SystemSupport,
    /// <summary>A security incident.</summary>
    Incident,
    /// <summary>The digital-transformation (DTI) assessment.</summary>
    Dti,
    /// <summary>A question to an agency (hỏi - đáp).</summary>
    Question,
}
