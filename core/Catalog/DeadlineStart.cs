namespace InternalTthc.Core.Catalog;

/// <summary>What starts a deadline's clock.</summary>
public enum DeadlineStart
{
    /// <summary>From the moment the agency accepts the case as valid ("kể từ ngày nhận được hồ sơ hợp lệ"): the agent's "receive".</summary>
    ValidReceipt,
    /// <summary>From the moment the information is complete ("sau khi đã đầy đủ thông tin theo yêu cầu").</summary>
    CompleteInformation,
    /// <summary>From the moment of submission ("kể từ khi nhận được yêu cầu"): the case is sent (or confirmed by its unit).</summary>
    Submission,
    /// <summary>
    /// From the moment the information reaches the executing agency ("kể từ khi tiếp nhận thông tin"): in this service the
    /// case lands in the agency's queue when it is sent (or confirmed by its unit), whatever the hour.
    /// </summary>
    Receipt,
    /// <summary>From a date the requester enters in the form ("kể từ ngày có quyết định ..."), named by <see cref="DeadlineRule.FromField"/>.</summary>
    FormDate,
}
