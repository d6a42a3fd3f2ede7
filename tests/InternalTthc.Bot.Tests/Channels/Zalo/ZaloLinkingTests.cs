using System.Text.RegularExpressions;
using InternalTthc.Bot.Tests.Support;

namespace InternalTthc.Bot.Tests.Channels.Zalo;

/// <summary>
/// A Zalo user nobody linked: he may read and ask but files nothing, and becomes a known person by a one-time code he asked
/// for in Web Chat, or by sharing his phone number with Zalo's own form, matched in the directory and confirmed by him.
/// </summary>
public sealed partial class ZaloLinkingTests
{
    private const string Stranger = "7001002003004005077";

    [Fact]
    public async Task A_stranger_files_nothing_until_he_sends_the_code_he_asked_for_in_Web_Chat()
    {
        await using var zalo = await ZaloService.StartAsync();
        var user = zalo.User(Stranger);

        await zalo.TurnAsync(() => user.SayAsync("hồ sơ của tôi"));
        Assert.Contains("Tài khoản chưa được liên kết", user.LastText);
        Assert.Contains("chưa gửi được hồ sơ. Bạn vẫn có thể xem thông tin thủ tục và đặt câu hỏi.", user.LastText);
        Assert.Contains("Chia sẻ số điện thoại để liên kết", user.LastText); // Zalo can ask for the number: offered first
        var seen = user.Received.Count;
        await zalo.TurnAsync(() => user.SayAsync("123456"));
        Assert.Contains("Mã liên kết không đúng hoặc đã hết hạn.", user.TextSince(seen));

        var web = new ChatDriver(zalo.Host.Services, "cto.daumoi");
        await web.SayAsync("liên kết tài khoản");
        var code = SixDigits().Match(web.LastText).Value;
        Assert.True(code.Length == 6, web.LastText);

        seen = user.Received.Count;
        await zalo.TurnAsync(() => user.SayAsync(code));
        Assert.Contains("Tài khoản chat này đã được liên kết với Lâm Thị Ngọc (demo).", user.TextSince(seen));
        await zalo.TurnAsync(() => user.SayAsync("xin chào"));
        Assert.Contains("Chào Lâm Thị Ngọc (demo)!", user.LastText);

        // The code was for one use.
        var other = zalo.User("7001002003004005078");
        await zalo.TurnAsync(() => other.SayAsync(code));
        Assert.Contains("Mã liên kết không đúng hoặc đã hết hạn.", other.TextSince(0));
        Assert.Empty(zalo.Oa.Violations);
    }

    [Fact]
    public async Task A_stranger_who_shares_his_phone_number_is_offered_the_person_it_names_and_linked_once_he_confirms()
    {
        await using var zalo = await ZaloService.StartAsync();
        var user = zalo.User(Stranger);

        await zalo.TurnAsync(() => user.SayAsync("xin chào"));
        // Sharing the number, a province for each list of procedures, help: more choices than Zalo's 5 buttons, so numbered.
        Assert.Empty(user.Received[^1].Buttons);
        Assert.Contains("1. Chia sẻ số điện thoại để liên kết", user.LastText);
        await zalo.TurnAsync(() => user.SayAsync("1"));
        var form = user.Received[^1];
        Assert.Equal("request_user_info", form.TemplateType); // Zalo's own form: the number comes from Zalo, not typed

        var seen = user.Received.Count;
        await zalo.TurnAsync(() => user.SharePhoneAsync("84915000002"));
        Assert.Contains("Số điện thoại kết thúc bằng 002 trùng với cán bộ Lê Văn Hiếu (demo)", user.TextSince(seen));
        await zalo.TurnAsync(() => user.TapAsync("Đúng, liên kết"));
        Assert.Contains("Tài khoản chat này đã được liên kết với Lê Văn Hiếu (demo).", user.TextSince(seen));

        // A number nobody in the directory has links nobody.
        var other = zalo.User("7001002003004005078");
        await zalo.TurnAsync(() => other.SharePhoneAsync("84999999999"));
        Assert.Contains("Số điện thoại kết thúc bằng 999 chưa có trong danh bạ cán bộ.", other.TextSince(0));
        Assert.Empty(zalo.Oa.Violations);
    }

    [GeneratedRegex("(?<![0-9])[0-9]{6}(?![0-9])")]
    private static partial Regex SixDigits();
}
