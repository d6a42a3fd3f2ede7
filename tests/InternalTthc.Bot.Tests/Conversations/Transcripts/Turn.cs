namespace InternalTthc.Bot.Tests.Conversations.Transcripts;

/// <summary>
/// One turn of a transcript: type <see cref="Say"/>, or press the button <see cref="Press"/> with card <see cref="Inputs"/>;
/// then the bot's last message must contain every one of <see cref="Expect"/> and none of <see cref="Never"/>.
/// </summary>
public sealed record Turn
{
    public string? Say { get; init; }
    public string? Press { get; init; }
    public IReadOnlyDictionary<string, string>? Inputs { get; init; }
    public IReadOnlyList<string> Expect { get; init; } = [];
    public IReadOnlyList<string> Never { get; init; } = [];

    public static Turn Typed(string text, params string[] expect) => new() { Say = text, Expect = expect };

    public static Turn Pressed(string button, params string[] expect) => new() { Press = button, Expect = expect };

    public override string ToString() => Say is not null ? $"say \"{Say}\"" : $"press \"{Press}\"";
}
