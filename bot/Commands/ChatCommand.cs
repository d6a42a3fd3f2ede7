using System.CommandLine;
using InternalTthc.Bot.Channels.Terminal;
using InternalTthc.Bot.Hosting;

namespace InternalTthc.Bot.Commands;

/// <summary>`chat --as LOGIN`: the terminal chat, on the same store and bot as the service.</summary>
public static class ChatCommand
{
    public static Command Create()
    {
        var login = new Option<string>("--as") { Description = "Tên đăng nhập của người trò chuyện, ví dụ lcu.daumoi", Required = true };
        var chat = new Command("chat", "Trò chuyện với trợ lý ngay trong cửa sổ dòng lệnh") { login };
        chat.SetAction(async (parse, ct) =>
        {
            await using var app = await VerbApp.OpenAsync(mayCreateStore: true, Console.Out, null, ct);
            return await new TerminalChat(app!.Services).RunAsync(parse.GetValue(login)!, Console.In, Console.Out, ct);
        });
        return chat;
    }
}
