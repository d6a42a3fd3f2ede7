namespace InternalTthc.Core.Cases;

/// <summary>Where a case stands. Stored by name.</summary>
public enum CaseStatus
{
    /// <summary>Being filled in; not yet sent.</summary>
    Draft,
    /// <summary>Started by a staff member; waits for the unit's focal point to confirm.</summary>
    AwaitingConfirmation,
    /// <summary>Sent to the executing unit; the receipt clock runs.</summary>
    Submitted,
    /// <summary>Received as valid; the resolution clock runs.</summary>
    Received,
    InProgress,
    /// <summary>The agent asked the requester for more; the resolution clock is paused.</summary>
    WaitingForSupplement,
    /// <summary>The requester answered; the clock runs again.</summary>
    Supplemented,
    /// <summary>The result is ready and waits for the deciding authority.</summary>
    AwaitingApproval,
    Resolved,
    Rejected,
    Withdrawn,
}
