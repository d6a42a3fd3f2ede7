using System.Text.RegularExpressions;

namespace InternalTthc.Bot.Tests.Support;

/// <summary>
/// A conversation written as data (utterance -> reply -> result), run through the real turn pipeline with one
/// <see cref="ChatDriver"/> per person. Lines of a transcript file:
/// <code>
/// # a comment
/// login: text                      the person types text (login@terminal: ... for the person on another channel)
/// login: [Button] id=value | id=…  the person presses the button of his latest card that has it, with typed inputs ("\n" is a line break)
/// login: (tin mới)                 the messages the service sent him on its own since he last looked
/// login: (mở trò chuyện)           he opens the chat (the channel's conversation update), and what he is shown
/// (gửi tin)                        the outbox sends what is due
///   &lt; words                     what he was just shown contains the words
///   &lt;! words                    ... does not contain them
/// </code>
/// "{code}" stands for the first case code the bot showed anyone.
/// </summary>
public sealed partial class Transcript(ServiceTestHost host)
{
    private readonly Dictionary<string, ChatDriver> _people = new(StringComparer.Ordinal);
    private readonly List<ChatDriver> _drivers = [];
    private string? _shown;
    private string? _code;
    private int _line;

    /// <summary>Every card any person was shown, for the schema check.</summary>
    public IEnumerable<System.Text.Json.JsonElement> Cards => _drivers.SelectMany(d => d.Cards);

    /// <summary>Runs a transcript of Conversations/Transcripts on a service of its own, and checks every card shown against the schema.</summary>
    public static async Task RunFileAsync(string name)
    {
        await using var host = await ServiceTestHost.StartAsync();
        var run = new Transcript(host);
        await run.RunAsync(Path.Combine(InternalTthc.Testing.RepositoryPaths.Root, "tests", "InternalTthc.Bot.Tests", "Conversations", "Transcripts", name));
        await CardSchema.AssertValidAsync(run.Cards);
    }

    public async Task RunAsync(string path)
    {
        foreach (var raw in await File.ReadAllLinesAsync(path, TestContext.Current.CancellationToken))
        {
            _line++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            await StepAsync(line, Path.GetFileName(path));
        }
    }

    private async Task StepAsync(string line, string file)
    {
        var where = $"{file}:{_line}";
        if (line.StartsWith("<!", StringComparison.Ordinal))
        {
            var words = Expected(line[2..]);
            Assert.False(Shown(where).Contains(words, StringComparison.Ordinal), $"{where}: \"{words}\" shown in:\n{_shown}");
        }
        else if (line.StartsWith('<'))
        {
            var words = Expected(line[1..]);
            Assert.True(Shown(where).Contains(words, StringComparison.Ordinal), $"{where}: \"{words}\" not in:\n{_shown}");
        }
        else if (line == "(gửi tin)")
        {
            await host.DispatchAsync();
        }
        else if (Step().Match(line) is { Success: true } step)
        {
            var person = Person(step.Groups["login"].Value);
            var act = Expand(step.Groups["act"].Value);
            if (act == "(tin mới)")
            {
                _shown = Seen(string.Join("\n", (await person.NoticesAsync()).Select(ChatDriver.Text)));
            }
            else if (act == "(mở trò chuyện)")
            {
                await person.JoinAsync();
                _shown = Seen(person.LastText);
            }
            else
            {
                await (Press().Match(act) is { Success: true } press ? PressAsync(person, press) : person.SayAsync(act));
                _shown = Seen(person.LastText);
            }

            _code ??= CaseCode().Match(_shown) is { Success: true } code ? code.Value : null;
        }
        else
        {
            Assert.Fail($"{where}: cannot read \"{line}\"");
        }
    }

    private static Task PressAsync(ChatDriver person, Match press)
    {
        var inputs = press.Groups["inputs"].Value.Split(" | ", StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2)).ToDictionary(p => p[0].Trim(), p => p.Length > 1 ? p[1].Trim().Replace("\\n", "\n", StringComparison.Ordinal) : "");
        return person.PressAsync(press.Groups["title"].Value, inputs);
    }

    private ChatDriver Person(string login)
    {
        if (!_people.TryGetValue(login, out var driver))
        {
            var at = login.IndexOf('@', StringComparison.Ordinal);
            driver = at < 0 ? new ChatDriver(host.Services, login) : new ChatDriver(host.Services, login[..at], login[(at + 1)..]);
            _people[login] = driver;
            _drivers.Add(driver);
        }

        return driver;
    }

    /// <summary>Text as the person reads it: typed text comes markdown-escaped in cards, and the escapes are not shown.</summary>
    private static string Seen(string text) => MarkdownEscape().Replace(text, "$1");

    private string Shown(string where) => _shown ?? throw new InvalidOperationException($"{where}: nothing was shown yet.");

    private string Expected(string words) => Expand(words.Trim()).Replace("\\n", "\n", StringComparison.Ordinal);

    private string Expand(string text) => _code is null ? text : text.Replace("{code}", _code, StringComparison.Ordinal);

    [GeneratedRegex(@"^(?<login>[a-z0-9.]+(@[a-z]+)?):\s*(?<act>.+)$")]
    private static partial Regex Step();

    [GeneratedRegex(@"^\[(?<title>[^\]]+)\]\s*(?<inputs>.*)$")]
    private static partial Regex Press();

    [GeneratedRegex(@"\\([\\`*_\[\]#<>~])")]
    private static partial Regex MarkdownEscape();

    [GeneratedRegex(@"\b[A-Z]{3}-\d{4}-\d{5}\b")]
    private static partial Regex CaseCode();
}
