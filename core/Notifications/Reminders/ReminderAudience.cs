namespace InternalTthc.Core.Notifications.Reminders;

/// <summary>Who a reminder goes to; the sender resolves the people from the directory when it sends.</summary>
public enum ReminderAudience
{
    /// <summary>The case's assignee, or every agent of the executing unit while nobody is assigned.</summary>
    AssigneeOrQueue,
    /// <summary>The executing unit's leader (<see cref="Directory.Role.Leader"/>).</summary>
    ExecutingLeader,
    /// <summary>The requester and the focal point of the requesting unit.</summary>
    RequesterSide,
    /// <summary>The deciding unit's authority, while a result waits for approval.</summary>
    DecidingAuthority,
    /// <summary>The focal points of every unit that files the procedure (yearly dates).</summary>
    FocalPoints,
}
