using InternalTthc.Core.Directory;

namespace InternalTthc.Bot.Channels.DirectLine.WebChat;

/// <summary>A person as the page shows him: login, full name and position.</summary>
public sealed record WebChatPerson(string Login, string Name, string? Position)
{
    public static WebChatPerson From(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return new WebChatPerson(person.Login, person.FullName, person.Position);
    }
}
