namespace InternalTthc.Core.Understanding;

/// <summary>Which published field of a procedure a question asks about.</summary>
public enum InfoTopic
{
    /// <summary>"Thành phần hồ sơ".</summary>
    Documents,
    /// <summary>"Thời hạn giải quyết".</summary>
    Duration,
    /// <summary>"Phí, lệ phí".</summary>
    Fee,
    /// <summary>"Căn cứ pháp lý".</summary>
    LegalBasis,
    /// <summary>"Cơ quan thực hiện" and where to file.</summary>
    Agency,
    /// <summary>"Trình tự thực hiện": the steps.</summary>
    Steps,
}
