using System.Collections.Immutable;

namespace InternalTthc.Core.Understanding;

/// <summary>The vocabulary of incident reports: what happened, to what, and where.</summary>
internal static class IncidentCues
{
    /// <summary>Longest first where one phrase starts another.</summary>
    public static ImmutableArray<IncidentCue> Happenings { get; } =
    [
        new("thay đổi giao diện", IncidentKind.Defacement, IncidentFields.Defacement),
        new("thay giao diện", IncidentKind.Defacement, IncidentFields.Defacement),
        new("đổi giao diện", IncidentKind.Defacement, IncidentFields.Defacement),
        new("deface", IncidentKind.Defacement, IncidentFields.Defacement),
        new("chèn nội dung", IncidentKind.Defacement, IncidentFields.Defacement),
        new("nội dung lạ", IncidentKind.Defacement, IncidentFields.Defacement),
        new("hình ảnh lạ", IncidentKind.Defacement, IncidentFields.Defacement),
        new("cờ bạc", IncidentKind.Defacement, IncidentFields.Defacement),
        new("cá độ", IncidentKind.Defacement, IncidentFields.Defacement),
        new("quảng cáo", IncidentKind.Defacement, IncidentFields.Defacement),
        new("mất hết dữ liệu", IncidentKind.DataLoss, IncidentFields.DataLoss),
        new("mất dữ liệu", IncidentKind.DataLoss, IncidentFields.DataLoss),
        new("xóa dữ liệu", IncidentKind.DataLoss, IncidentFields.DataLoss),
        new("xoá dữ liệu", IncidentKind.DataLoss, IncidentFields.DataLoss),
        new("mất file", IncidentKind.DataLoss, IncidentFields.DataLoss),
        new("mất tệp", IncidentKind.DataLoss, IncidentFields.DataLoss),
        new("lộ dữ liệu", IncidentKind.DataLoss, IncidentFields.DataLoss),
        new("lộ lọt", IncidentKind.DataLoss, IncidentFields.DataLoss),
        new("rò rỉ", IncidentKind.DataLoss, IncidentFields.DataLoss),
        new("lộ thông tin", IncidentKind.DataLoss, IncidentFields.DataLoss),
        new("đánh cắp dữ liệu", IncidentKind.DataLoss, IncidentFields.DataLoss),
        new("mã hóa dữ liệu", IncidentKind.Malware, IncidentFields.DataLoss),
        new("mã hoá dữ liệu", IncidentKind.Malware, IncidentFields.DataLoss),
        new("bị mã hóa", IncidentKind.Malware, IncidentFields.DataLoss),
        new("bị mã hoá", IncidentKind.Malware, IncidentFields.DataLoss),
        new("mã độc", IncidentKind.Malware, null),
        new("virus", IncidentKind.Malware, null),
        new("vi rút", IncidentKind.Malware, null),
        new("nhiễm", IncidentKind.Malware, null),
        new("ransomware", IncidentKind.Malware, IncidentFields.DataLoss),
        // Told by their symptoms: files renamed and unreadable, a machine mailing by itself or talking to a strange address.
        new("bị đổi tên", IncidentKind.Malware, IncidentFields.DataLoss),
        new("đổi đuôi", IncidentKind.Malware, IncidentFields.DataLoss),
        new("tự gửi", IncidentKind.Malware, null),
        new("tự động gửi", IncidentKind.Malware, null),
        new("địa chỉ lạ", IncidentKind.Malware, null),
        new("ip lạ", IncidentKind.Malware, null),
        new("kết nối lạ", IncidentKind.Malware, null),
        new("trojan", IncidentKind.Malware, null),
        new("lừa đảo", IncidentKind.Phishing, null),
        new("giả mạo", IncidentKind.Phishing, null),
        new("mạo danh", IncidentKind.Phishing, null),
        new("phishing", IncidentKind.Phishing, null),
        new("đường link lạ", IncidentKind.Phishing, null),
        new("link lạ", IncidentKind.Phishing, null),
        new("email lạ", IncidentKind.Phishing, null),
        new("thư lạ", IncidentKind.Phishing, null),
        new("bị hack", IncidentKind.Intrusion, null),
        new("hack", IncidentKind.Intrusion, null),
        new("xâm nhập", IncidentKind.Intrusion, null),
        new("truy cập trái phép", IncidentKind.Intrusion, null),
        new("đăng nhập trái phép", IncidentKind.Intrusion, null),
        new("trái phép", IncidentKind.Intrusion, null),
        new("đăng nhập lạ", IncidentKind.Intrusion, null),
        new("chiếm quyền", IncidentKind.Intrusion, null),
        new("bị chiếm", IncidentKind.Intrusion, null),
        new("tấn công", IncidentKind.Intrusion, null),
        new("ddos", IncidentKind.ServiceDown, IncidentFields.ServiceDown),
        new("không truy cập được", IncidentKind.ServiceDown, IncidentFields.ServiceDown),
        new("không vào được", IncidentKind.ServiceDown, IncidentFields.ServiceDown),
        new("ngừng hoạt động", IncidentKind.ServiceDown, IncidentFields.ServiceDown),
        new("không hoạt động", IncidentKind.ServiceDown, IncidentFields.ServiceDown),
        new("bị sập", IncidentKind.ServiceDown, IncidentFields.ServiceDown),
        new("sập", IncidentKind.ServiceDown, IncidentFields.ServiceDown),
        new("bị treo", IncidentKind.ServiceDown, IncidentFields.ServiceDown),
        new("tê liệt", IncidentKind.ServiceDown, IncidentFields.ServiceDown),
        new("chập chờn", IncidentKind.ServiceDown, null),
        new("lây lan", null, IncidentFields.Spreading),
        new("lây sang", null, IncidentFields.Spreading),
        new("lây", null, IncidentFields.Spreading),
        new("các máy khác cũng bị", null, IncidentFields.Spreading),
        new("máy khác cũng bị", null, IncidentFields.Spreading),
        new("nhiều máy", null, IncidentFields.Spreading),
        new("toàn bộ máy", null, IncidentFields.Spreading),
        new("cả phòng đều bị", null, IncidentFields.Spreading),
    ];

    /// <summary>Systems and devices ("máy tính", "website", "phần mềm kế toán"...), longest first.</summary>
    public static ImmutableArray<string> Systems { get; } =
    [
        "cổng thông tin điện tử", "trang thông tin điện tử", "cổng dịch vụ công", "cổng thông tin", "cơ sở dữ liệu",
        "máy tính xách tay", "máy tính", "máy chủ", "máy trạm", "máy in", "trang web", "website", "web", "phần mềm", "hệ thống",
        "hộp thư", "email", "mail", "server", "laptop", "csdl", "mạng nội bộ", "wifi", "camera", "ổ cứng", "usb", "tài khoản", "máy",
    ];

    /// <summary>Places ("phòng kế toán", "tầng 3", "Sở Tài chính"); each needs at least one word after it.</summary>
    public static ImmutableArray<string> Places { get; } =
    [
        "phòng máy chủ", "phòng", "ban", "tầng", "sở", "trung tâm", "văn phòng", "ubnd", "ủy ban", "uỷ ban", "chi cục", "bộ phận",
        "tòa nhà", "toà nhà", "khu", "huyện", "xã", "phường", "trường", "bệnh viện", "kho",
    ];

    /// <summary>Words that end a name: verbs and links after the system or place ("máy tính phòng kế toán | bị nhiễm").</summary>
    public static ImmutableArray<string> NameEnds { get; } =
    [
        "bị", "đã", "đang", "không", "ko", "từ", "lúc", "vào", "và", "nhưng", "thì", "cũng", "hiện", "vẫn", "rồi", "do", "nên", "mà",
        "là", "có", "sau", "trước", "khi", "hôm", "bây", "giờ", "nay", "thấy", "báo", "gặp", "mất", "chạy", "liên", "với", "để", "ạ",
        "ở", "tại", "tôi", "em", "mình", "yêu", "gửi", "nhận", "đề", "bảo", "kêu", "hiển", "xuất", "tự", "cứ",
    ];

    /// <summary>Words after a place word that make it something else ("phòng chống", "ban nãy").</summary>
    public static ImmutableArray<string> NotPlaceAfter { get; } = ["chống", "ngừa", "nãy", "đầu", "ngày", "đêm", "hộ"];
}
