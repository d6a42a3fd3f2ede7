using System.Collections.Concurrent;
using System.Diagnostics;

namespace InternalTthc.Load;

/// <summary>
/// Greeting turns through Direct Line, as Web Chat users: each user's first action signs in, generates his token and
/// starts his conversation (the bot's welcome read); the measured turn is "xin chào" posted and its answer read.
/// </summary>
public sealed class DirectLineScenario(HttpClient http, string botUrl) : IScenario
{
    private readonly ConcurrentDictionary<int, DirectLineUser> _users = new();

    public string Name => "directline";

    public async Task<TimeSpan?> RunAsync(int sender, ChannelClient client, ChannelStandIn channel, CancellationToken cancellationToken)
    {
        if (!_users.TryGetValue(sender, out var user))
        {
            user = new DirectLineUser(http, botUrl, LoadSenders.Login(sender));
            if (!await user.StartAsync(cancellationToken))
            {
                return null;
            }

            _users[sender] = user;
        }

        var started = Stopwatch.GetTimestamp();
        return await user.SayAsync("xin chào", cancellationToken) is { } answer && answer.Contains("thủ tục", StringComparison.Ordinal)
            ? Stopwatch.GetElapsedTime(started)
            : null;
    }
}
