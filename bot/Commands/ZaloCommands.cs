using System.CommandLine;
using InternalTthc.Bot.Channels.Zalo;
using Microsoft.Extensions.Options;

namespace InternalTthc.Bot.Commands;

/// <summary>
/// `zalo token` stores the OA's first token pair (from the Zalo console's API Explorer), read from standard input so the
/// tokens stay out of the shell history and the process list; `zalo consent CALLBACK` prints the link the OA's
/// administrator opens to grant the pair instead, which Zalo sends back to /api/zalo/oauth/callback.
/// </summary>
public static class ZaloCommands
{
    public static Command Create()
    {
        var token = new Command("token", "Lưu cặp mã truy cập của OA (access token rồi refresh token, mỗi mã một dòng ở đầu vào chuẩn), lấy từ API Explorer của Zalo");
        token.SetAction((_, ct) => StoreTokenAsync(Console.In, Console.Out, null, ct));
        var callback = new Argument<Uri>("callback") { Description = "Official Account Callback Url đã khai trong ứng dụng Zalo: https://<máy chủ>/api/zalo/oauth/callback" };
        var consent = new Command("consent", "In đường dẫn để quản trị viên OA mở và cấp quyền; Zalo gửi mã về callback và dịch vụ lưu cặp mã truy cập") { callback };
        consent.SetAction((parse, ct) => ConsentAsync(parse.GetValue(callback)!, Console.Out, null, ct));
        return new Command("zalo", "Kênh Zalo Official Account") { token, consent };
    }

    /// <param name="configure">Settings of the service (tests point it at their own store and fake Zalo).</param>
    public static async Task<int> StoreTokenAsync(TextReader input, TextWriter output, Action<WebApplicationBuilder>? configure, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var access = (await input.ReadLineAsync(ct))?.Trim();
        var refresh = (await input.ReadLineAsync(ct))?.Trim();
        if (string.IsNullOrEmpty(access) || string.IsNullOrEmpty(refresh) || access.Any(char.IsWhiteSpace) || refresh.Any(char.IsWhiteSpace))
        {
            await output.WriteLineAsync("Cần hai dòng ở đầu vào chuẩn: access token rồi refresh token (lấy từ API Explorer của Zalo), không có khoảng trắng.");
            return 1;
        }

        return await VerbRun.RunAsync(async (s, t) =>
        {
            if (!s.GetRequiredService<IOptions<ZaloOptions>>().Value.Enabled)
            {
                return (false, "Kênh Zalo chưa bật: đặt Zalo:AppId và các thiết lập Zalo khác (README, mục Zalo).");
            }

            // API Explorer does not say how long its token lives: taken as expiring now, it is renewed before its first use.
            await s.GetRequiredService<ZaloAccessTokens>().SetAsync(new ZaloTokenPair(access, refresh, TimeSpan.Zero), t);
            return (true, "Đã lưu cặp mã truy cập Zalo (đã mã hóa). Mã truy cập được làm mới trước lần gửi đầu tiên.");
        }, output, configure, ct, mayCreateStore: true);
    }

    public static Task<int> ConsentAsync(Uri callback, TextWriter output, Action<WebApplicationBuilder>? configure, CancellationToken ct) =>
        VerbRun.RunAsync(async (s, t) =>
        {
            if (!s.GetRequiredService<IOptions<ZaloOptions>>().Value.Enabled)
            {
                return (false, "Kênh Zalo chưa bật: đặt Zalo:AppId và các thiết lập Zalo khác (README, mục Zalo).");
            }

            if (!callback.IsAbsoluteUri || callback.Scheme != Uri.UriSchemeHttps || !callback.AbsolutePath.Equals(ZaloEndpointRouteBuilderExtensions.CallbackPath, StringComparison.Ordinal))
            {
                return (false, $"Callback phải là địa chỉ https kết thúc bằng {ZaloEndpointRouteBuilderExtensions.CallbackPath}, đúng như đã khai trong ứng dụng Zalo.");
            }

            var link = await s.GetRequiredService<ZaloConsent>().StartAsync(callback, t);
            return (true, $"Mở đường dẫn này trong 15 phút bằng tài khoản quản trị của OA để cấp quyền:{Environment.NewLine}{link}");
        }, output, configure, ct, mayCreateStore: true);
}
