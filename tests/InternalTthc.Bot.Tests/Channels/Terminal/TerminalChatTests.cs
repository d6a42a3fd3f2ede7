using InternalTthc.Bot.Channels.Terminal;
using InternalTthc.Bot.Tests.Support;
using InternalTthc.Core.Directory;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Bot.Tests.Channels.Terminal;

/// <summary>The terminal chat, scripted: the same bot, cards as text with numbered choices.</summary>
public sealed class TerminalChatTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_demo_person_is_greeted_with_the_numbered_procedures_of_his_jurisdiction_and_linked()
    {
        await using var host = await ServiceTestHost.StartAsync();
        var output = new StringWriter();

        var exit = await new TerminalChat(host.Services).RunAsync("cto.daumoi", new StringReader("xin chao\n2\nthoát\n"), output, Ct);

        Assert.Equal(0, exit);
        var text = output.ToString();
        Assert.Contains("Trò chuyện với tư cách Lâm Thị Ngọc (demo)", text);
        Assert.Contains("Xin chào Lâm Thị Ngọc (demo)!", text);
        Assert.Contains("Thành phố Cần Thơ", text);
        Assert.Contains("  1. Cấp mới hộp thư điện tử", text);
        Assert.Contains("  2. Cấp lại mật khẩu hộp thư", text);
        Assert.DoesNotContain("Lai Châu", text);

        await using var scope = host.Services.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<IDirectoryStore>();
        var account = (await directory.TouchChannelAccountAsync(new ChannelAccountSighting("terminal", "cto.daumoi", null, null, DateTimeOffset.UtcNow), Ct)).Account;
        Assert.Equal((await directory.FindPersonByLoginAsync("cto.daumoi", Ct))!.Id, account.PersonId);
    }

    [Fact]
    public async Task A_file_of_this_machine_is_handed_in_with_tep_and_kept_with_the_case()
    {
        await using var host = await ServiceTestHost.StartAsync();
        var folder = ServiceTestHost.NewFolder();
        try
        {
            var letter = Path.Combine(folder, "cong van 12.pdf");
            await File.WriteAllBytesAsync(letter, [.. "%PDF-1.7 công văn đề nghị"u8], Ct);
            var program = Path.Combine(folder, "setup.exe");
            await File.WriteAllBytesAsync(program, [0x4D, 0x5A], Ct);
            var output = new StringWriter();
            var script = string.Join('\n',
                "khôi phục hộp thư bị khóa", "nam.dv@hungyen.gov.vn", "Đinh Văn Nam", "20/11/2026", "2", "0914000002", "bỏ qua", "bỏ qua",
                $"tệp {Path.Combine(folder, "khong-co.pdf")}", $"tep \"{program}\"", $"tệp \"{letter}\"", "1", "thoát");

            Assert.Equal(0, await new TerminalChat(host.Services).RunAsync("hyn.canbo", new StringReader(script), output, Ct));

            var text = output.ToString();
            Assert.Contains("gõ \"tệp <đường dẫn>\" để gửi một tệp", text);
            Assert.Contains("Không tìm thấy tệp", text);
            Assert.Contains("setup.exe", text[text.IndexOf("Không tìm thấy tệp", StringComparison.Ordinal)..]); // refused by kind, named
            Assert.Contains("• Tệp công văn đề nghị đã ký: cong van 12.pdf", text);
            var c = await Notifications.CaseNotificationTests.FindAsync(host, "HYN-2026-00001");
            var kept = Assert.Single(c.Attachments);
            Assert.Equal(("cong van 12.pdf", "application/pdf", new FileInfo(letter).Length), (kept.FileName, kept.ContentType, kept.Size));
        }
        finally
        {
            ServiceTestHost.DeleteFolder(folder);
        }
    }

    [Fact]
    public async Task An_unknown_login_is_refused_with_a_clear_message()
    {
        await using var host = await ServiceTestHost.StartAsync();
        var output = new StringWriter();

        var exit = await new TerminalChat(host.Services).RunAsync("ai.do", new StringReader(""), output, Ct);

        Assert.Equal(2, exit);
        Assert.Contains("Không tìm thấy người có tên đăng nhập \"ai.do\"", output.ToString());
    }

    [Fact]
    public async Task A_commune_sees_the_district_DTI_procedure_until_districts_are_gone_and_a_department_never_does()
    {
        var folder = ServiceTestHost.NewFolder();
        try
        {
            await using var host = await ServiceTestHost.StartAsync(folder, clock: new Testing.FakeClock(new DateTimeOffset(2025, 6, 30, 9, 0, 0, TimeSpan.FromHours(7))));
            var commune = new StringWriter();
            var department = new StringWriter();
            var communeLater = new StringWriter();

            await new TerminalChat(host.Services).RunAsync("hyn.xa.daumoi", new StringReader("thoat\n"), commune, Ct);
            await new TerminalChat(host.Services).RunAsync("hyn.daumoi", new StringReader("thoat\n"), department, Ct);
            // From 01/07/2025 local government has two levels: hung-yen.changes.json suspends the district procedure.
            host.Clock.Set(new DateTimeOffset(2025, 7, 1, 9, 0, 0, TimeSpan.FromHours(7)));
            await new TerminalChat(host.Services).RunAsync("hyn.xa.daumoi", new StringReader("thoat\n"), communeLater, Ct);

            Assert.Contains("Đánh giá chuyển đổi số (DTI) cấp xã", commune.ToString());
            Assert.DoesNotContain("Đánh giá chuyển đổi số (DTI) cấp tỉnh", commune.ToString());
            Assert.Contains("Đánh giá chuyển đổi số (DTI) cấp tỉnh", department.ToString());
            Assert.DoesNotContain("Đánh giá chuyển đổi số (DTI) cấp xã", department.ToString());
            Assert.DoesNotContain("Đánh giá chuyển đổi số (DTI) cấp xã", communeLater.ToString());
        }
        finally
        {
            ServiceTestHost.DeleteFolder(folder);
        }
    }
}
