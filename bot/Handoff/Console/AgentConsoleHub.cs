using InternalTthc.Bot.Channels.DirectLine.WebChat;
using InternalTthc.Core.Directory;
using Microsoft.AspNetCore.SignalR;

namespace InternalTthc.Bot.Handoff.Console;

/// <summary>
/// The agent console's live connection: the same sign-in as the Web Chat page (the proxy's header, the demo person in
/// Development), agents only, from this site only; each connection hears of its agencies' requests.
/// </summary>
public sealed class AgentConsoleHub(
    WebSignIn signIn, IDirectoryStore directory, ConsoleViews views, ConsoleActions actions, HandoffDesk desk, ConsoleCaseForms forms, ConsoleCaseFiling filing, ConsoleCasePanel panel) : Hub
{
    private const string PersonKey = "person";

    public override async Task OnConnectedAsync()
    {
        var http = Context.GetHttpContext();
        // A page of another site could open a socket here with the proxy's sign-in: only our own page may.
        if (http is null || !SameOrigin(http.Request) || (await signIn.ResolveAsync(http, Context.ConnectionAborted)).Person is not { } person
            || await directory.GetPersonRolesAsync(person.Id, Context.ConnectionAborted) is not { } agent || !agent.HoldsAnywhere(Role.Agent))
        {
            Context.Abort();
            return;
        }

        Context.Items[PersonKey] = person.Id;
        foreach (var agency in HandoffAgencies.Of(agent))
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, ConsoleBroadcaster.AgencyGroup(agency), Context.ConnectionAborted);
        }
    }

    public async Task<ConsoleState> State() => await views.StateAsync(await AgentAsync(), Context.ConnectionAborted);

    public async Task<ConsoleConversation?> Open(string id) =>
        Guid.TryParseExact(id, "N", out var handoff) ? await views.ConversationAsync(await AgentAsync(), handoff, Context.ConnectionAborted) : null;

    public async Task<string> Take(string id) => await actions.TakeAsync(await AgentAsync(), Parse(id), Context.ConnectionAborted);

    public async Task<string?> Send(string id, string text) => await actions.SendAsync(await AgentAsync(), Parse(id), text ?? "", [], Context.ConnectionAborted);

    public async Task<string> End(string id) => await actions.EndAsync(await AgentAsync(), Parse(id), Context.ConnectionAborted);

    public async Task<string> Transfer(string id, string login) => await actions.TransferAsync(await AgentAsync(), Parse(id), login ?? "", Context.ConnectionAborted);

    public async Task<string> AttachCase(string id, string code) => await actions.AttachCaseAsync(await AgentAsync(), Parse(id), code ?? "", Context.ConnectionAborted);

    /// <summary>The case form prefilled from the conversation, for <paramref name="procedure"/> (null: the one he was filling in).</summary>
    public async Task<ConsoleCaseForm?> CaseForm(string id, string? procedure, string? subCase) =>
        await forms.ForAsync(await AgentAsync(), Parse(id), procedure, subCase, Context.ConnectionAborted);

    public async Task<ConsoleFiling> OpenCase(string id, string caseId, string procedure, string? subCase, Dictionary<string, string> values) =>
        Guid.TryParseExact(caseId, "N", out var newCase)
            ? await filing.FileAsync(await AgentAsync(), Parse(id), newCase, procedure ?? "", subCase, values ?? [], Context.ConnectionAborted)
            : ConsoleFiling.Refused(Cards.Texts.HandoffText.Get("ConsoleNotYours"));

    /// <summary>An action of the case panel on the conversation's case.</summary>
    public async Task<string> CaseAction(string id, string verb, Dictionary<string, string> inputs) =>
        await panel.PressAsync(await AgentAsync(), Parse(id), verb ?? "", inputs ?? [], Context.ConnectionAborted);

    public async Task<string?[]> TakeOver(string login)
    {
        var (message, handoff) = await actions.TakeOverAsync(await AgentAsync(), login ?? "", Context.ConnectionAborted);
        return [message, handoff?.ToString("N")];
    }

    public async Task SetOnline(bool online) => await desk.SetPresenceAsync(await AgentAsync(), online, Context.ConnectionAborted);

    /// <summary>The agent as the directory has him now (roles change while a console stays open).</summary>
    private async Task<PersonRoles> AgentAsync() =>
        Context.Items.TryGetValue(PersonKey, out var id) && id is Guid personId
        && await directory.GetPersonRolesAsync(personId, Context.ConnectionAborted) is { } agent && agent.HoldsAnywhere(Role.Agent)
            ? agent : throw new HubException(Cards.Texts.HandoffText.Get("ConsoleNotAgent"));

    private static Guid Parse(string id) => Guid.TryParseExact(id, "N", out var parsed) ? parsed : Guid.Empty;

    private static bool SameOrigin(HttpRequest request) =>
        request.Headers.Origin.ToString() is not { Length: > 0 } origin
        || (Uri.TryCreate(origin, UriKind.Absolute, out var uri) && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase));
}
