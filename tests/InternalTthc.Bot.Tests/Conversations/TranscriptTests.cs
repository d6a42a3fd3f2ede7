using InternalTthc.Bot.Channels.Terminal;
using InternalTthc.Bot.Conversations.Forms;
using InternalTthc.Bot.Tests.Support;
using InternalTthc.Core.Directory;
using InternalTthc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Bot.Tests.Conversations;

/// <summary>
/// Conversations/Transcripts/understanding.txt: utterance, reply and result, through the real turn pipeline — the
/// confidence bands, a province lacking a procedure, "tiếp tục", and incident times as the interview shows them.
/// </summary>
public sealed class TranscriptTests
{
    private static readonly string File = Path.Combine(RepositoryPaths.Root, "tests", "InternalTthc.Bot.Tests", "Conversations", "Transcripts", "understanding.txt");

    public static TheoryData<string> Names() => [.. Transcripts().Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task The_transcript_is_answered_as_written(string name)
    {
        var lines = Transcripts()[name];
        var (login, channel) = lines[0].Split(' ') switch
        {
            ["as", var who] => (who, "directline"),
            ["as", var who, "terminal"] => (who, TerminalChat.ChannelId),
            _ => throw new InvalidDataException($"{name}: the first line must be 'as LOGIN [terminal]'"),
        };
        await using var host = await ServiceTestHost.StartAsync();
        var chat = new ChatDriver(host.Services, login, channel);
        int before = 0;
        foreach (var line in lines.Skip(1))
        {
            var answer = string.Join("\n", chat.Sent.Skip(before).Select(ChatDriver.Text));
            string Context() => $"{name}: {line}\n--- answer:\n{answer}";
            switch (line[0])
            {
                case '>' or '[' or 'j':
                    before = chat.Sent.Count;
                    await (line[0] == '>' ? chat.SayAsync(line[1..].Trim()) : line[0] == '[' ? chat.PressAsync(line[1..^1]) : chat.JoinAsync());
                    break;
                case '<':
                    Assert.True(answer.Contains(line[1..].Trim(), StringComparison.Ordinal), Context());
                    break;
                case '!':
                    Assert.False(answer.Contains(line[1..].Trim(), StringComparison.Ordinal), Context());
                    break;
                case '=' when line.StartsWith("= replies ", StringComparison.Ordinal):
                    Assert.True(chat.Sent.Count - before == int.Parse(line["= replies ".Length..]), Context());
                    break;
                case '=':
                    Assert.True(line[1..].Trim() == await OpenFormAsync(host, login), $"{Context()}\n--- open form: {await OpenFormAsync(host, login)}");
                    break;
                default:
                    throw new InvalidDataException($"{name}: cannot read '{line}'");
            }
        }
        if (channel == "directline") await CardSchema.AssertValidAsync(chat.Cards);
    }

    /// <summary>"form CODE[/SUBCASE]" for the form the person has open, "no form" when none.</summary>
    private static async Task<string> OpenFormAsync(ServiceTestHost host, string login)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var person = await scope.ServiceProvider.GetRequiredService<IDirectoryStore>().FindPersonByLoginAsync(login, TestContext.Current.CancellationToken);
        var open = await scope.ServiceProvider.GetRequiredService<FormSessions>().LoadAsync(person!.Id, TestContext.Current.CancellationToken);
        return open is { Session.IsOpen: true } form
            ? "form " + form.Session.ProcedureCode + (form.Session.SubCaseCode is { } sub ? "/" + sub : "")
            : "no form";
    }

    private static Dictionary<string, List<string>> Transcripts()
    {
        var transcripts = new Dictionary<string, List<string>>();
        List<string>? current = null;
        foreach (var line in System.IO.File.ReadAllLines(File).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            if (line.StartsWith("== ", StringComparison.Ordinal)) transcripts[line[3..]] = current = [];
            else current!.Add(line);
        }
        return transcripts;
    }
}
