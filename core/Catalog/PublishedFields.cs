namespace InternalTthc.Core.Catalog;

/// <summary>
/// The procedure's fields exactly as the decision publishes them, in Vietnamese. A field the source does
/// not state at all is left out and named in <see cref="NotStated"/>: that is not the same as a text
/// that says "Không quy định", which is kept verbatim like any other.
/// </summary>
public sealed record PublishedFields
{
    /// <summary>"Trình tự thực hiện".</summary>
    public IReadOnlyList<string> Steps { get; init; } = [];

    /// <summary>"Cách thức thực hiện".</summary>
    public IReadOnlyList<string> Channels { get; init; } = [];

    /// <summary>"Thành phần hồ sơ".</summary>
    public IReadOnlyList<string> DossierComponents { get; init; } = [];

    /// <summary>"Số lượng hồ sơ".</summary>
    public string? DossierCount { get; init; }

    /// <summary>"Thời hạn giải quyết", verbatim.</summary>
    public string? DeadlineText { get; init; }

    /// <summary>"Đối tượng thực hiện thủ tục hành chính".</summary>
    public string? Subjects { get; init; }

    /// <summary>"Cơ quan thực hiện": each published line with its label (deciding, executing, coordinating...).</summary>
    public IReadOnlyList<PublishedAgency> Agencies { get; init; } = [];

    /// <summary>"Kết quả thực hiện thủ tục hành chính".</summary>
    public string? Result { get; init; }

    /// <summary>"Phí, lệ phí".</summary>
    public string? Fee { get; init; }

    /// <summary>"Tên mẫu đơn, mẫu tờ khai".</summary>
    public string? FormName { get; init; }

    /// <summary>"Yêu cầu, điều kiện thực hiện".</summary>
    public string? Conditions { get; init; }

    /// <summary>"Căn cứ pháp lý".</summary>
    public IReadOnlyList<string> LegalBasis { get; init; } = [];

    /// <summary>The fields (by their JSON names, e.g. "fee") that the source does not state.</summary>
    public IReadOnlyList<string> NotStated { get; init; } = [];

    /// <summary>The JSON names of every published field, in the order of a TTHC publication.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["steps", "channels", "dossierComponents", "dossierCount", "deadlineText", "subjects", "agencies", "result", "fee", "formName", "conditions", "legalBasis"];

    public bool IsStated(string name) => !NotStated.Contains(name, StringComparer.Ordinal);

    /// <summary>Whether each field has a value, by JSON name (a list counts when it has an entry).</summary>
    public IEnumerable<(string Name, bool HasValue)> Presence() =>
    [
        ("steps", Steps.Count > 0), ("channels", Channels.Count > 0), ("dossierComponents", DossierComponents.Count > 0),
        ("dossierCount", Filled(DossierCount)), ("deadlineText", Filled(DeadlineText)), ("subjects", Filled(Subjects)),
        ("agencies", Agencies.Count > 0), ("result", Filled(Result)), ("fee", Filled(Fee)), ("formName", Filled(FormName)),
        ("conditions", Filled(Conditions)), ("legalBasis", LegalBasis.Count > 0),
    ];

    private static bool Filled(string? value) => !string.IsNullOrWhiteSpace(value);
}
