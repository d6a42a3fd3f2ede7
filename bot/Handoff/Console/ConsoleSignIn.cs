using InternalTthc.Bot.Channels.DirectLine.WebChat;
using InternalTthc.Cards.Texts;
using InternalTthc.Core.Directory;

namespace InternalTthc.Bot.Handoff.Console;

/// <summary>Who uses the console over HTTP: the Web Chat page's sign-in, and only an agent.</summary>
public sealed class ConsoleSignIn(WebSignIn signIn, IDirectoryStore directory)
{
    /// <summary>The signed-in agent, or the status and Vietnamese reason he is not let in.</summary>
    public async Task<(PersonRoles? Agent, int Status, string? Problem)> AgentAsync(HttpContext context)
    {
        var signedIn = await signIn.ResolveAsync(context, context.RequestAborted);
        if (signedIn.Person is not { } person)
        {
            return (null, signedIn.Status, signedIn.Problem);
        }

        return await directory.GetPersonRolesAsync(person.Id, context.RequestAborted) is { } roles && roles.HoldsAnywhere(Role.Agent)
            ? (roles, StatusCodes.Status200OK, null)
            : (null, StatusCodes.Status403Forbidden, HandoffText.Get("ConsoleNotAgent"));
    }
}
