using InternalTthc.Core.Directory;

namespace InternalTthc.Bot.Channels.DirectLine.WebChat;

/// <summary>The signed-in person, or the status and Vietnamese explanation to show instead.</summary>
public sealed record WebSignInResult(Person? Person, int Status, string? Problem)
{
    public static WebSignInResult Refused(int status, string problem) => new(null, status, problem);
}
