using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Bot.Channels.BotFramework.Turns;
using InternalTthc.Bot.Conversations;
using IDirectoryStore = InternalTthc.Core.Directory.IDirectoryStore;
using Person = InternalTthc.Core.Directory.Person;
using InternalTthc.Core.Text;

namespace InternalTthc.Bot.Channels.Terminal;

/// <summary>
/// `chat --as LOGIN`: talk to the same bot from a terminal. Cards arrive as text with numbered
/// choices; typing a number (or the choice's words) answers like pressing the button.
/// </summary>
public sealed class TerminalChat(IServiceProvider services)
{
    public const string ChannelId = "terminal";
    private static readonly string[] Quit = ["thoat", "exit", "quit"];

    public async Task<int> RunAsync(string login, TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        Person? person;
        await using (var scope = services.CreateAsyncScope())
        {
            person = await scope.ServiceProvider.GetRequiredService<IDirectoryStore>().FindPersonByLoginAsync(login, cancellationToken);
        }

        if (person is null)
        {
            await output.WriteLineAsync($"Không tìm thấy người có tên đăng nhập \"{login}\" trong danh bạ. (No person with login \"{login}\".)");
            return 2;
        }

        await output.WriteLineAsync($"Trò chuyện với tư cách {person.FullName}. Gõ \"thoát\" để kết thúc.");
        var sender = new TerminalChannelSender(output);
        var conversation = new ConversationAccount { Id = $"terminal-{login}", ConversationType = "personal" };
        var user = new ChannelAccount { Id = login, Name = person.FullName, Role = RoleTypes.User };
        var template = new Activity
        {
            ChannelId = ChannelId, ServiceUrl = "terminal:", From = user, Conversation = conversation, Locale = "vi-VN",
            Recipient = new ChannelAccount { Id = "bot", Name = "Trợ lý TTHC", Role = RoleTypes.Bot },
        };

        await TurnAsync(template with { Type = ActivityTypes.ConversationUpdate, MembersAdded = [user] }, login, sender, cancellationToken);
        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            var text = line.Trim();
            if (text.Length == 0) continue;
            if (Quit.Contains(VietnameseText.Fold(text))) break;
            var choice = Choose(sender.Choices, text);
            await TurnAsync(template with
            {
                Type = ActivityTypes.Message, Id = Guid.NewGuid().ToString("N"), Timestamp = services.GetRequiredService<TimeProvider>().GetUtcNow(),
                Text = choice?.Title ?? text, Value = choice?.Value,
            }, login, sender, cancellationToken);
        }

        return 0;
    }

    private async Task TurnAsync(Activity activity, string login, TerminalChannelSender sender, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<BotTurnRunner>().RunAsync(activity, LocalIdentity.Authenticate(login, ChannelId), sender, cancellationToken);
    }

    /// <summary>The choice a typed answer names: its number, or its title or command without regard to accents.</summary>
    public static CardAction? Choose(IReadOnlyList<CardAction> choices, string typed)
    {
        if (int.TryParse(typed.TrimEnd('.'), out var n) && n >= 1 && n <= choices.Count)
        {
            return choices[n - 1];
        }

        var key = VietnameseText.Fold(typed);
        return choices.FirstOrDefault(c => VietnameseText.Fold(c.Title ?? "\0") == key || (c.Text is { } t && VietnameseText.Fold(t) == key));
    }
}
