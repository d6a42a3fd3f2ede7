namespace InternalTthc.Core.Catalog;

public enum DeadlineStart
{
    /// <summary>From the moment the case is received as valid ("kể từ ngày nhận được hồ sơ hợp lệ").</summary>
    ValidReceipt,
    /// <summary>From the moment the information is complete ("sau khi đã đầy đủ thông tin theo yêu cầu").</summary>
    CompleteInformation,
    /// <summary>From the moment of submission ("kể từ khi nhận được yêu cầu").</summary>
    Submission,
}
