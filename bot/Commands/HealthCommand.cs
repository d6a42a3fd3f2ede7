using System.CommandLine;

namespace InternalTthc.Bot.Commands;

/// <summary>
/// `health URL`: asks a running instance's health endpoint and exits 0 only on 200, for a container's health check
/// where the image has no curl (the chiseled .NET image).
/// </summary>
public static class HealthCommand
{
    public static Command Create()
    {
        var url = new Argument<Uri>("url") { Description = "Địa chỉ kiểm tra, ví dụ http://127.0.0.1:8080/healthz/ready" };
        var health = new Command("health", "Hỏi trạng thái của một phiên bản dịch vụ đang chạy; mã thoát 0 khi sẵn sàng") { url };
        health.SetAction((parse, ct) => CheckAsync(parse.GetValue(url)!, Console.Out, ct));
        return health;
    }

    public static async Task<int> CheckAsync(Uri url, TextWriter output, CancellationToken ct)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await client.GetAsync(url, ct);
            await output.WriteLineAsync($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            await output.WriteLineAsync(e.Message);
            return 1;
        }
    }
}
