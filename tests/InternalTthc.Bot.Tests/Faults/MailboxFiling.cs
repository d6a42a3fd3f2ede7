using System.Net;
using System.Text.Json.Nodes;

namespace InternalTthc.Bot.Tests.Faults;

/// <summary>
/// How a person of the fault suites files a case through Web Chat ("Khôi phục hộp thư bị khóa"): greets, picks the
/// procedure, answers the form and skips what is optional, up to the press that submits.
/// </summary>
public static class MailboxFiling
{
    public const string Procedure = "Khôi phục hộp thư bị khóa";

    /// <summary>Everything before the submit; returns the submit press, not yet sent. A dead instance throws <see cref="HttpRequestException"/>.</summary>
    public static async Task<JsonObject> ReachSubmitAsync(DirectLineUser user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        await user.StartAsync(ct);
        Require(await user.SayAsync("xin chào", ct), user);
        Require(await user.PressAsync(Procedure, null, ct), user);
        Require(await user.PressAsync("Tiếp tục", new Dictionary<string, string>
        {
            ["mailboxAddress"] = $"{user.Login}@hungyen.gov.vn", ["mailboxOwner"] = "Đinh Văn Nam", ["contactPhone"] = "0914000002",
        }, ct), user);
        while (user.AskedOptional)
        {
            Require(await user.SayAsync("bỏ qua", ct), user);
        }

        return user.PressActivity("Gửi hồ sơ");
    }

    /// <summary>A live instance must never answer a server error; any other refusal ends this person's try.</summary>
    public static void Require(HttpStatusCode status, DirectLineUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        Assert.True((int)status < 500, $"The service answered {(int)status} to {user.Login} at {DateTimeOffset.UtcNow:HH:mm:ss.fff} (UTC).");
        if (status != HttpStatusCode.OK)
        {
            throw new HttpRequestException($"{(int)status}", null, status);
        }
    }
}
