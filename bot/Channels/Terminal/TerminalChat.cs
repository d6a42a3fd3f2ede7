using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Bot.Channels.BotFramework.Turns;
using InternalTthc.Bot.Conversations;
using InternalTthc.Bot.Conversations.Files;
using InternalTthc.Core.Files;
using Microsoft.Extensions.Options;
using IDirectoryStore = InternalTthc.Core.Directory.IDirectoryStore;
using Person = InternalTthc.Core.Directory.Person;
using InternalTthc.Core.Text;

namespace InternalTthc.Bot.Channels.Terminal;

/// <summary>
/// `chat --as LOGIN`: talk to the same bot from a terminal. Cards arrive as text with numbered
/// choices; typing a number (or the choice's words) answers like pressing the button; "tệp PATH"
/// hands in a file of this machine, as the paper clip does in Web Chat.
/// </summary>
public sealed class TerminalChat(IServiceProvider services)
{
    public const string ChannelId = ChannelIds.Terminal;

    /// <summary>How an attachment names a file the terminal put in its conversation's area of the file store.</summary>
    public const string FileScheme = "terminal-file:";

    private static readonly string[] Quit = ["thoat", "exit", "quit"];
    private static readonly string[] FileWords = ["tep", "file"];

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

        await output.WriteLineAsync($"Trò chuyện với tư cách {person.FullName}. Gõ \"thoát\" để kết thúc; gõ \"tệp <đường dẫn>\" để gửi một tệp.");
        var sender = new TerminalChannelSender(output);
        var conversation = new ConversationAccount { Id = $"terminal-{login}", ConversationType = "personal" };
        var user = new ChannelAccount { Id = login, Name = person.FullName, Role = RoleTypes.User };
        var template = new Activity
        {
            ChannelId = ChannelId, ServiceUrl = "terminal:", From = user, Conversation = conversation, Locale = "vi-VN",
            Recipient = new ChannelAccount { Id = "bot", Name = "Trợ lý TTHC", Role = RoleTypes.Bot },
        };

        await TurnAsync(template with { Type = ActivityTypes.ConversationUpdate, MembersAdded = [user] }, login, sender, cancellationToken);
        var clock = services.GetRequiredService<TimeProvider>();
        using var echo = new TerminalHandoffEcho(services, conversation.Id, output, clock);
        using var ended = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var echoing = echo.RunAsync(ended.Token);
        try
        {
            await ChatAsync(template, login, input, output, sender, echo, cancellationToken);
        }
        finally
        {
            await ended.CancelAsync();
            await echoing;
        }

        return 0;
    }

    private async Task ChatAsync(
        Activity template, string login, TextReader input, TextWriter output, TerminalChannelSender sender, TerminalHandoffEcho echo, CancellationToken cancellationToken)
    {
        var conversation = template.Conversation!;
        var clock = services.GetRequiredService<TimeProvider>();
        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            var text = line.Trim();
            if (text.Length == 0) continue;
            if (Quit.Contains(VietnameseText.Fold(text))) break;
            var message = template with { Type = ActivityTypes.Message, Id = Guid.NewGuid().ToString("N"), Timestamp = clock.GetUtcNow() };
            if (FilePath(text) is { } path)
            {
                if (await AttachAsync(conversation.Id!, path, output, cancellationToken) is { } attachment)
                {
                    await echo.TurnAsync(() => TurnAsync(message with { Attachments = [attachment] }, login, sender, cancellationToken), cancellationToken);
                }

                continue;
            }

            var choice = Choose(sender.Choices, text);
            await echo.TurnAsync(() => TurnAsync(message with { Text = choice?.Title ?? text, Value = choice?.Value }, login, sender, cancellationToken), cancellationToken);
        }
    }

    private async Task TurnAsync(Activity activity, string login, TerminalChannelSender sender, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<BotTurnRunner>().RunAsync(activity, LocalIdentity.Authenticate(login, ChannelId), sender, cancellationToken);
    }

    /// <summary>The path of "tệp PATH" (or "file PATH"), quotes and a leading ~ resolved; null for any other text.</summary>
    public static string? FilePath(string typed)
    {
        var space = typed.IndexOf(' ');
        if (space < 0 || !FileWords.Contains(VietnameseText.Fold(typed[..space])))
        {
            return null;
        }

        var path = typed[(space + 1)..].Trim().Trim('"', '\'');
        return path.StartsWith('~') ? Path.Join(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), path[1..]) : path;
    }

    /// <summary>
    /// Copies a file of this machine into the conversation's area of the file store, as a Web Chat upload is; the one
    /// running the terminal chat can read the machine's files anyway. The case checks its kind and size as for any file.
    /// </summary>
    private async Task<Attachment?> AttachAsync(string conversationId, string path, TextWriter output, CancellationToken ct)
    {
        if (!File.Exists(path))
        {
            await output.WriteLineAsync($"Không tìm thấy tệp \"{path}\". (No such file.)");
            return null;
        }

        var name = Path.GetFileName(path);
        var contentType = FileKinds.ContentType(FileKinds.Extension(name));
        await using var scope = services.CreateAsyncScope();
        try
        {
            await using var content = File.OpenRead(path);
            var stored = await scope.ServiceProvider.GetRequiredService<IFileStore>().SaveAsync(conversationId, name, contentType, content,
                scope.ServiceProvider.GetRequiredService<IOptions<CaseFileOptions>>().Value.MaxFileBytes, ct);
            return new Attachment { ContentType = contentType, Name = name, ContentUrl = FileScheme + stored.Id };
        }
        catch (FileTooLargeException e)
        {
            await output.WriteLineAsync($"Tệp \"{name}\" quá lớn (tối đa {FileSizes.Format(e.MaxBytes)}). (The file is too large.)");
            return null;
        }
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
