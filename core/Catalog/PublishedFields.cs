namespace InternalTthc.Core.Catalog;

/// <summary>The procedure's fields exactly as the decision publishes them, in Vietnamese.</summary>
public sealed record PublishedFields
{
    /// <summary>"Trình tự thực hiện".</summary>
    public required IReadOnlyList<string> Steps { get; init; }

    /// <summary>"Cách thức thực hiện".</summary>
    public required IReadOnlyList<string> Channels { get; init; }

    /// <summary>"Thành phần hồ sơ".</summary>
    public required IReadOnlyList<string> DossierComponents { get; init; }

    /// <summary>"Số lượng hồ sơ".</summary>
    public required string DossierCount { get; init; }

    /// <summary>"Thời hạn giải quyết", verbatim.</summary>
    public required string DeadlineText { get; init; }

    /// <summary>"Đối tượng thực hiện thủ tục hành chính".</summary>
    public required string Subjects { get; init; }

    /// <summary>"Cơ quan thực hiện": each published line with its label (deciding, executing, coordinating...).</summary>
    public required IReadOnlyList<PublishedAgency> Agencies { get; init; }

    /// <summary>"Kết quả thực hiện thủ tục hành chính".</summary>
    public required string Result { get; init; }

    /// <summary>"Phí, lệ phí".</summary>
    public required string Fee { get; init; }

    /// <summary>"Tên mẫu đơn, mẫu tờ khai".</summary>
    public required string FormName { get; init; }

    /// <summary>"Yêu cầu, điều kiện thực hiện".</summary>
    public required string Conditions { get; init; }

    /// <summary>"Căn cứ pháp lý".</summary>
    public required IReadOnlyList<string> LegalBasis { get; init; }
}
