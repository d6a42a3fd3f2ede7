namespace InternalTthc.Core.Catalog;

/// <summary>What makes the system act on its own.</summary>
public enum SystemEventCause
{
    /// <summary>No log-in for <see cref="SystemEventTrigger.After"/> ("sau 03 tháng không đăng nhập").</summary>
    Inactivity,
    /// <summary><see cref="SystemEventTrigger.After"/> past another event of the file ("thu hồi sau 30 ngày bị khóa").</summary>
    AfterEvent,
    /// <summary>A breach of the rules of use (no period).</summary>
    Violation,
    /// <summary>Periodically, every <see cref="SystemEventTrigger.Every"/> ("định kỳ 03 tháng gửi danh sách").</summary>
    Schedule,
}
