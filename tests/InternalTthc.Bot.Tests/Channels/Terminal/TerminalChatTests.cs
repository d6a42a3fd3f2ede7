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
        var account = await directory.TouchChannelAccountAsync(new ChannelAccountSighting("terminal", "cto.daumoi", null, null, DateTimeOffset.UtcNow), Ct);
        Assert.Equal((await directory.FindPersonByLoginAsync("cto.daumoi", Ct))!.Id, account.PersonId);
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
    public async Task A_commune_sees_the_district_DTI_procedure_and_a_department_does_not()
    {
        await using var host = await ServiceTestHost.StartAsync();
        var commune = new StringWriter();
        var department = new StringWriter();

        await new TerminalChat(host.Services).RunAsync("hyn.xa.daumoi", new StringReader("thoat\n"), commune, Ct);
        await new TerminalChat(host.Services).RunAsync("hyn.daumoi", new StringReader("thoat\n"), department, Ct);

        Assert.Contains("Đánh giá chuyển đổi số (DTI) cấp xã", commune.ToString());
        Assert.DoesNotContain("Đánh giá chuyển đổi số (DTI) cấp tỉnh", commune.ToString());
        Assert.Contains("Đánh giá chuyển đổi số (DTI) cấp tỉnh", department.ToString());
        Assert.DoesNotContain("Đánh giá chuyển đổi số (DTI) cấp xã", department.ToString());
    }
}
