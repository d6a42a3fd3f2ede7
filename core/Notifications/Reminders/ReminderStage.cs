namespace InternalTthc.Core.Notifications.Reminders;

/// <summary>
/// The clock a case's reminders are about. Statuses within one stage share it (received and in
/// progress both run the resolution clock), so a move between them does not restart the reminders.
/// </summary>
internal enum ReminderStage
{
    None,
    Receipt,
    Resolution,
    Supplement,
    Approval,
}
