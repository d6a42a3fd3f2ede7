namespace InternalTthc.Core.Catalog;

/// <summary>
/// The published model of a procedure's request letter (mẫu văn bản đề nghị), where the decision gives one: its
/// subject line, addressee, request sentence (after the unit's name), annex title and signer. A procedure without
/// one gets a letter made from its published fields.
/// </summary>
public sealed record LetterTemplate
{
    /// <summary>After "V/v ": "đề nghị cấp lại mật khẩu hộp thư điện tử thành phố Cần Thơ".</summary>
    public required string Subject { get; init; }

    /// <summary>After "Kính gửi: ".</summary>
    public required string Addressee { get; init; }

    /// <summary>The request after the unit's name: "kính gửi đề nghị Sở … cấp lại mật khẩu … cho".</summary>
    public required string Request { get; init; }

    /// <summary>"Rất mong nhận được sự hỗ trợ của quý cơ quan./."</summary>
    public string? Closing { get; init; }

    /// <summary>The annex's title: "DANH SÁCH YÊU CẦU CẤP LẠI MẬT KHẨU …".</summary>
    public string? AnnexTitle { get; init; }

    /// <summary>"THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ".</summary>
    public string? Signer { get; init; }
}
