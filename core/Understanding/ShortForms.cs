using System.Collections.Immutable;

namespace InternalTthc.Core.Understanding;

/// <summary>
/// Chat spellings and their full Vietnamese forms, applied alike to what people type and to the
/// catalog's keywords, so both meet in one vocabulary. Multi-word full forms listed in
/// <see cref="Concepts"/> then count as one term: "mất" (lose) never meets "mật khẩu" (password).
/// </summary>
internal static class ShortForms
{
    public static ImmutableArray<ShortForm> All { get; } =
    [
        // Abbreviations (viết tắt): what Điều 24 khoản 1 forbids in a question.
        new("mk", "mật khẩu", true), new("tk", "tài khoản", true),
        new("ko", "không", true), new("k", "không", true), new("kg", "không", true), new("khg", "không", true),
        new("hok", "không", true), new("hk", "không", true), new("kh", "không", true), new("hông", "không", true),
        new("dc", "được", true), new("đk", "đăng ký", true),
        new("cv", "công văn", true), new("vb", "văn bản", true), new("sđt", "số điện thoại", true), new("sdt", "số điện thoại", true),
        new("ds", "danh sách", true), new("cđs", "chuyển đổi số", true), new("sc", "sự cố", true),
        new("cb", "cán bộ", true), new("cbcc", "cán bộ công chức", true), new("nv", "nhân viên", true),
        new("pm", "phần mềm", true), new("ht", "hệ thống", true), new("ql", "quản lý", true),
        new("dvc", "dịch vụ công", true), new("đv", "đơn vị", true), new("dv", "đơn vị", true),
        new("qđ", "quyết định", true), new("j", "gì", true), new("r", "rồi", true), new("vs", "với", true),
        new("ng", "người", true), new("bn", "bao nhiêu", true), new("ntn", "như thế nào", true), new("mn", "mọi người", true),
        new("hnay", "hôm nay", true), new("hqua", "hôm qua", true),
        // Accepted acronyms: spelled out for matching only.
        new("dti", "chuyển đổi số", false), new("tthc", "thủ tục hành chính", false),
        new("attt", "an toàn thông tin", false), new("cntt", "công nghệ thông tin", false),
        // Loan words and synonyms.
        new("pass", "mật khẩu", false), new("password", "mật khẩu", false), new("passwd", "mật khẩu", false),
        new("pw", "mật khẩu", false), new("mật mã", "mật khẩu", false), new("mat ma", "mật khẩu", false),
        new("matkhau", "mật khẩu", false),
        new("acc", "tài khoản", false), new("account", "tài khoản", false),
        new("email", "hộp thư điện tử", false), new("e-mail", "hộp thư điện tử", false), new("e mail", "hộp thư điện tử", false),
        new("mail", "hộp thư điện tử", false), new("thư", "hộp thư điện tử", false), new("hòm thư", "hộp thư điện tử", false),
        new("hop thu dien tu", "hộp thư điện tử", false), new("hom thu dien tu", "hộp thư điện tử", false), // already in full
        new("hop thu", "hộp thư điện tử", false), new("hom thu", "hộp thư điện tử", false),
        new("thu dien tu", "hộp thư điện tử", false), new("hop mail", "hộp thư điện tử", false),
        new("hom mail", "hộp thư điện tử", false), new("hop email", "hộp thư điện tử", false),
        new("thu cong vu", "hộp thư điện tử công vụ", false),
        new("virus", "sự cố an toàn thông tin", false), new("vi rut", "sự cố an toàn thông tin", false),
        new("ma doc", "sự cố an toàn thông tin", false), new("malware", "sự cố an toàn thông tin", false),
        new("hack", "sự cố an toàn thông tin", false), new("hacker", "sự cố an toàn thông tin", false),
        new("tan cong", "sự cố an toàn thông tin", false), new("ransomware", "sự cố an toàn thông tin", false),
        new("trojan", "sự cố an toàn thông tin", false), new("lua dao", "sự cố an toàn thông tin", false),
        new("gia mao", "sự cố an toàn thông tin", false), new("phishing", "sự cố an toàn thông tin", false),
        new("thay doi", "đổi", false), new("website", "web", false), new("trang web", "web", false),
    ];

    /// <summary>Multi-word terms scored as one word once the short forms are expanded.</summary>
    public static ImmutableArray<string> Concepts { get; } =
    [
        "mat khau", "tai khoan", "hop thu dien tu", "chuyen doi so", "su co an toan thong tin", "su co",
        "an toan thong tin", "cong van", "van ban", "so dien thoai", "danh sach", "thu tuc hanh chinh",
        "dich vu cong", "cong nghe thong tin", "thu hoi", "cap moi", "cap lai", "mot cua", "can bo",
        "ho so", "thu tuc", "du lieu", "hoi dap", "dang nhap",
    ];
}
