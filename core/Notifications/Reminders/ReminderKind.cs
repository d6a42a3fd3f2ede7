namespace InternalTthc.Core.Notifications.Reminders;

/// <summary>What a reminder is about.</summary>
public enum ReminderKind
{
    /// <summary>The receipt due moment is near (hồ sơ sắp hết hạn tiếp nhận).</summary>
    ReceiptDueSoon,
    /// <summary>The case was not received in time; repeats.</summary>
    ReceiptOverdue,
    /// <summary>The resolution due moment is near (sắp hết thời hạn giải quyết).</summary>
    ResolutionDueSoon,
    /// <summary>The case is past its resolution deadline (quá hạn); repeats.</summary>
    ResolutionOverdue,
    /// <summary>Overdue long enough to tell the executing unit's leader; repeats.</summary>
    Escalation,
    /// <summary>A supplement request still waits for the requester; repeats.</summary>
    SupplementWaiting,
    /// <summary>A yearly date (DTI self-assessment before 10/11) is near.</summary>
    YearlyDateSoon,
}
