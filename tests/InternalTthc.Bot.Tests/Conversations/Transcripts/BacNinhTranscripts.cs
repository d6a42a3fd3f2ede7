namespace InternalTthc.Bot.Tests.Conversations.Transcripts;

/// <summary>
/// What a Bắc Ninh focal point and a staff member say and see (Quyết định số 79/2025/QĐ-UBND), as data. Times are those of
/// the fake clock each test sets; the demo people are bn.daumoi (Sở Nội vụ, focal point) and bn.canbo (staff).
/// </summary>
public static class BacNinhTranscripts
{
    private static Dictionary<string, string> Inputs(params (string Key, string Value)[] values) => values.ToDictionary(v => v.Key, v => v.Value);

    /// <summary>Friday 24/04/2026 22:30: a password is due within 2 hours whatever the hour — 00:30 on Saturday.</summary>
    public static IReadOnlyList<Turn> PasswordAtNight { get; } =
    [
        Turn.Typed("xin chào", "Tỉnh Bắc Ninh", "Cấp lại mật khẩu hộp thư công vụ", "Khôi phục hộp thư bị tạm dừng"),
        Turn.Pressed("Cấp lại mật khẩu hộp thư công vụ", "Thời hạn giải quyết: không quá 02 giờ kể từ khi tiếp nhận thông tin"),
        new()
        {
            Press = "Tiếp tục",
            Inputs = Inputs(("mailboxAddress", "annv123@bacninh.gov.vn"), ("mailboxOwner", "Nguyễn Văn An"), ("reason", "forgotten"), ("contactPhone", "0912345678")),
            Expect = ["Kiểm tra trước khi gửi", "annv123@bacninh.gov.vn"],
        },
        Turn.Pressed("Gửi hồ sơ", "Hồ sơ BNH-2026-00001", "Cơ quan thực hiện", "Sở Khoa học và Công nghệ",
            "Hạn trả kết quả", "00:30 25/04/2026", "Thời gian còn lại (tính cả ngoài giờ làm việc)", "2 giờ"),
    ];

    /// <summary>Thursday 23/04/2026 10:00: new mailboxes, the address rules of Điều 5 as form validation, due in 2 working days.</summary>
    public static IReadOnlyList<Turn> NewMailboxes { get; } =
    [
        Turn.Typed("chào", "Cấp mới, thay đổi hộp thư công vụ"),
        Turn.Pressed("Cấp mới, thay đổi hộp thư công vụ", "Trường hợp của bạn là trường hợp nào?"),
        Turn.Pressed("Cấp mới hộp thư điện tử công vụ", "Hộp thư cá nhân", "04 số cuối Căn cước công dân", "Loại đơn vị (1 = Cơ quan, đơn vị, tổ chức cấp tỉnh"),
        new() { Press = "Tiếp tục", Inputs = Inputs(("contactPhone", "0912345678")), Expect = ["Tệp văn bản đề nghị đã ký"] },
        Turn.Typed("bỏ qua", "Đề nghị cấp mới cần ít nhất một hộp thư"),
        new()
        {
            Press = "Tiếp tục",
            Inputs = Inputs(("personMailboxes", "Nguyễn Văn An; 0123; Chuyên viên; ; 0912345678; an.nguyen@bacninh.gov.vn")),
            Expect = ["Dòng 1: Theo Điều 5 khoản 2", "cần ghi: annv123@bacninh.gov.vn hoặc annv0123@bacninh.gov.vn"],
        },
        new()
        {
            Press = "Tiếp tục",
            Inputs = Inputs(
                ("personMailboxes", "Nguyễn Văn An; 0123; Chuyên viên; ; 0912345678; annv123@bacninh.gov.vn"),
                ("unitMailboxes", "Ủy ban nhân dân cấp xã; UBND phường Kinh Bắc; Kinh Bắc; kinhbac@bacninh.gov.vn")),
            Expect = ["Kiểm tra trước khi gửi", "Hộp thư cá nhân (1 dòng)", "Nguyễn Văn An", "annv123@bacninh.gov.vn", "UBND phường Kinh Bắc"],
        },
        Turn.Pressed("Gửi hồ sơ", "Hồ sơ BNH-2026-00001", "Hạn trả kết quả", "17:00 28/04/2026"),
    ];

    /// <summary>Thursday 23/04/2026 10:00: a retirement decided on 01/04 is asked for after the 15 days of Điều 7 khoản 2.</summary>
    public static IReadOnlyList<Turn> LateTermination { get; } =
    [
        Turn.Typed("chấm dứt hộp thư cho cán bộ nghỉ hưu", "Chấm dứt hộp thư (nghỉ hưu, thôi việc): Cá nhân nghỉ hưu",
            "Gửi văn bản đề nghị chấm dứt hoạt động hộp thư: Trong thời hạn 15 ngày kể từ ngày có quyết định"),
        new()
        {
            Press = "Tiếp tục",
            Inputs = Inputs(("decisionNumber", "45/QĐ-SNV"), ("decisionDate", "2026-04-01"), ("mailboxes", "annv123@bacninh.gov.vn; Nguyễn Văn An"), ("contactPhone", "0912345678")),
            Expect = ["Tệp văn bản đề nghị đã ký"],
        },
        Turn.Typed("bỏ qua", "Kiểm tra trước khi gửi", "45/QĐ-SNV", "đã hết hạn lúc 17:00 16/04/2026: đề nghị vẫn được gửi và được ghi là gửi muộn"),
        Turn.Pressed("Gửi hồ sơ", "Hồ sơ BNH-2026-00001",
            "Hồ sơ gửi muộn so với quy định: Gửi văn bản đề nghị chấm dứt hoạt động hộp thư đã hết hạn lúc 17:00 16/04/2026", "muộn 7 ngày",
            "Hạn gửi đề nghị theo quy định", "Hạn trả kết quả", "17:00 28/04/2026"),
    ];

    /// <summary>A staff member asks why his mailbox is locked, with diacritics, and is offered the restoring procedure.</summary>
    public static IReadOnlyList<Turn> WhyLocked { get; } =
    [
        Turn.Typed("vì sao hộp thư của tôi bị khóa?", "Tạm dừng hoạt động hộp thư điện tử công vụ",
            "Sở Khoa học và Công nghệ tự thực hiện việc này khi: hộp thư 03 tháng không đăng nhập; người dùng vi phạm quy định sử dụng",
            "Quy chế, Điều 7 khoản 1", "Khôi phục hoạt động hộp thư điện tử công vụ", "Trong thời hạn 02 ngày làm việc kể từ ngày nhận được văn bản đề nghị",
            "Bắt đầu thủ tục này"),
        Turn.Typed("vi sao hop thu cua toi bi khoa", "Tạm dừng hoạt động hộp thư điện tử công vụ", "Bắt đầu thủ tục này"),
        Turn.Pressed("Bắt đầu thủ tục này", "Khôi phục hộp thư bị tạm dừng", "Địa chỉ hộp thư bị tạm dừng"),
        new()
        {
            Press = "Tiếp tục",
            Inputs = Inputs(("mailboxAddress", "hungdv456@bacninh.gov.vn"), ("mailboxOwner", "Đào Văn Hùng"), ("cause", "inactive"), ("contactPhone", "0912345678")),
            Expect = ["Tệp văn bản đề nghị đã ký"],
        },
        Turn.Typed("bỏ qua", "Kiểm tra trước khi gửi"),
        Turn.Pressed("Gửi hồ sơ", "Hồ sơ BNH-2026-00001", "Hạn trả kết quả", "17:00 28/04/2026"),
    ];
}
