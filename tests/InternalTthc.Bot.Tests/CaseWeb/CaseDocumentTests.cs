using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using InternalTthc.Bot.CaseWeb;
using InternalTthc.Bot.Conversations.Files;
using InternalTthc.Bot.Tests.Channels.DirectLine;
using InternalTthc.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Bot.Tests.CaseWeb;

/// <summary>The request letter and the result notice of a Cần Thơ password reset, downloaded by their signed links and read back with OpenXml.</summary>
public sealed class CaseDocumentTests
{
    private static readonly string[][] ThreePeople =
    [
        ["Nguyễn Văn An", "Phòng Kế hoạch - Sở Tài chính", "Chuyên viên", "0913111001", "an.nv@cantho.gov.vn", "quên mật khẩu"],
        ["Trần Thị Bình", "Phòng Kế toán - Sở Tài chính", "Kế toán viên", "0913111002", "binh.tt@cantho.gov.vn", ""],
        ["Lê Văn Cường", "Văn phòng Sở Tài chính", "Phó Chánh Văn phòng", "0913111003", "cuong.lv@cantho.gov.vn", ""],
    ];

    [Fact]
    public async Task The_request_letter_follows_the_Can_Tho_model_with_its_annex_and_the_result_notice_answers_it()
    {
        await using var host = await ServiceTestHost.StartAsync();
        var history = new CaseHistory(host);
        var code = await history.Desk.FileAsync("cto.daumoi", "cto-mailbox-password", WebChatCaseContentTests.Answers(ThreePeople));
        var links = host.Services.GetRequiredService<CaseFileLinks>();
        var agent = await history.Desk.PersonIdAsync("cto.cntt");

        var letter = await ReadAsync(host, links.Link(code, CaseLinks.LetterResource, agent));
        var text = string.Join("\n", letter.Paragraphs);
        foreach (var line in new[]
        {
            "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ", "SỞ TÀI CHÍNH THÀNH PHỐ CẦN THƠ (DEMO)", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
            "Số: 125/STC-VP", "Cần Thơ, ngày 02 tháng 03 năm 2026", "V/v đề nghị cấp lại mật khẩu hộp thư điện tử thành phố Cần Thơ",
            "Kính gửi: Sở Thông tin và Truyền thông.",
            "Căn cứ Quyết định số 33/2015/QĐ-UBND ngày 18 tháng 12 năm 2015 của Ủy ban nhân dân thành phố Cần Thơ về việc ban hành Quy chế quản lý, sử dụng hệ thống thư điện tử trong hoạt động của các cơ quan nhà nước;",
            "Sở Tài chính thành phố Cần Thơ (demo) kính gửi đề nghị Sở Thông tin và Truyền thông cấp lại mật khẩu hộp thư điện tử thành phố Cần Thơ cho các cơ quan, đơn vị và cá nhân có tên tại Phụ lục kèm theo.",
            "Rất mong nhận được sự hỗ trợ của quý cơ quan./.", "(Đính kèm phụ lục)", "Nơi nhận:", "- Như trên;", "THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ", "(Ký tên, đóng dấu)",
            "PHỤ LỤC", "DANH SÁCH YÊU CẦU CẤP LẠI MẬT KHẨU HỘP THƯ ĐIỆN TỬ THÀNH PHỐ CẦN THƠ",
            "(Kèm theo Công văn số 125/STC-VP ngày 02/03/2026 của Sở Tài chính thành phố Cần Thơ (demo))",
            "1. Yêu cầu cấp lại mật khẩu hộp thư điện tử đối với cơ quan nhà nước, đơn vị:", "2. Yêu cầu cấp lại mật khẩu hộp thư điện tử đối với cá nhân:",
        })
        {
            Assert.Contains(line, letter.Paragraphs);
        }

        Assert.DoesNotContain("Số công văn đề nghị", text); // the letter's own number is its header, not a line of its body
        var (organisations, individuals) = (letter.Tables[^2], letter.Tables[^1]);
        Assert.Equal(["STT", "Tên cơ quan nhà nước/đơn vị đề nghị cấp lại mật khẩu", "Địa chỉ hộp thư điện tử"], organisations[0].Take(3));
        Assert.Equal("(Không có)", organisations[1][0]);
        Assert.Equal(["STT", "Họ tên người dùng", "Đơn vị", "Chức vụ", "Số điện thoại", "Địa chỉ hộp thư điện tử", "Ghi chú"], individuals[0]);
        Assert.Equal(4, individuals.Count);
        Assert.Equal(["1", .. ThreePeople[0]], individuals[1]);
        Assert.Equal(["3", .. ThreePeople[2]], individuals[3]);

        // No result yet: no notice. Once resolved, the notice answers the letter.
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync(links.Link(code, CaseLinks.NoticeResource, agent), TestContext.Current.CancellationToken)).StatusCode);
        history.At(2, 9, 30);
        await history.ReceiveAsync(code, "cto.cntt");
        await history.ResolveAsync(code, "cto.cntt");
        var notice = await ReadAsync(host, links.Link(code, CaseLinks.NoticeResource, await history.Desk.PersonIdAsync("cto.daumoi")));
        foreach (var line in new[]
        {
            "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "TRUNG TÂM CÔNG NGHỆ THÔNG TIN VÀ TRUYỀN THÔNG", $"Số: {code}/TTCNTT", "Cần Thơ, ngày 02 tháng 03 năm 2026",
            "V/v thông báo kết quả cấp lại mật khẩu hộp thư", "Kính gửi: Sở Tài chính thành phố Cần Thơ (demo).", "Đã thực hiện.", "GIÁM ĐỐC TRUNG TÂM CNTT&TT", "Lâm Thanh Tùng (demo)",
        })
        {
            Assert.Contains(line, notice.Paragraphs);
        }

        // A link made for someone else, or for another case's reader, opens nothing.
        var stranger = links.Link(code, CaseLinks.LetterResource, await history.Desk.PersonIdAsync("hyn.cntt"));
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync(stranger, TestContext.Current.CancellationToken)).StatusCode);
    }

    private static async Task<(List<string> Paragraphs, List<List<List<string>>> Tables)> ReadAsync(ServiceTestHost host, Uri link)
    {
        using var response = await host.Client.GetAsync(link, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)), false);
        var body = document.MainDocumentPart!.Document.Body!;
        var paragraphs = body.Descendants<Paragraph>().Select(p => p.InnerText).Where(t => t.Length > 0).ToList();
        var tables = body.Elements<Table>().Select(t => t.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList()).ToList();
        return (paragraphs, tables);
    }
}
