using InternalTthc.Bot.Channels.DirectLine.WebChat;
using InternalTthc.Bot.Channels.Protection;
using InternalTthc.Cards.Texts;
using InternalTthc.Core.Directory;
using InternalTthc.Core.Handoff;
using Microsoft.AspNetCore.Antiforgery;

namespace InternalTthc.Bot.Handoff.Console;

/// <summary>
/// The agent console at <c>/can-bo</c>: the page (outside Development only for a signed-in agent), its session, and the
/// agent's file upload into a conversation he holds (with an anti-forgery token: the proxy signs in forged requests too).
/// </summary>
public sealed class AgentConsoleEndpoints(
    ConsoleSignIn signIn, IDirectoryStore directory, IAntiforgery antiforgery, IHostEnvironment environment, SecurityHeaders headers)
{
    public async Task<IResult> PageAsync(HttpContext context)
    {
        if (!environment.IsDevelopment() && await signIn.AgentAsync(context) is (null, var status, var problem))
        {
            return WebChatErrorPage.Create(status, problem!);
        }

        return await headers.PageAsync(context, "can-bo.html");
    }

    public async Task<IResult> SessionAsync(HttpContext context)
    {
        var (agent, _, problem) = await signIn.AgentAsync(context);
        var token = agent is null ? null : antiforgery.GetAndStoreTokens(context).RequestToken;
        return Results.Json(new { person = agent is null ? null : WebChatPerson.From(agent.Person), demo = environment.IsDevelopment(), problem, token });
    }

    /// <summary>The demo picker of the console (Development): only the demo people who may take conversations.</summary>
    public async Task<IResult> DemoAgentsAsync(CancellationToken ct)
    {
        var agents = new List<WebChatPerson>();
        foreach (var person in await directory.ListDemoPeopleAsync(ct))
        {
            if (await directory.GetPersonRolesAsync(person.Id, ct) is { } roles && roles.HoldsAnywhere(Role.Agent)) agents.Add(WebChatPerson.From(person));
        }

        return Results.Json(agents);
    }

    public async Task<IResult> UploadAsync(HttpContext context, string id, ConsoleActions actions, HandoffFiles files)
    {
        if (await signIn.AgentAsync(context) is not ({ } agent, _, _) || !Guid.TryParseExact(id, "N", out var handoff))
        {
            return Results.NotFound();
        }

        try
        {
            await antiforgery.ValidateRequestAsync(context);
        }
        catch (AntiforgeryValidationException)
        {
            return Results.BadRequest(new { problem = HandoffText.Get("ConsoleNotYours") });
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var kept = new List<HandoffFile>();
        foreach (var file in form.Files)
        {
            await using var content = file.OpenReadStream();
            var (stored, refusal) = await files.KeepAsync(handoff, file.FileName, content, file.Length, context.RequestAborted);
            if (refusal is not null) return Results.BadRequest(new { problem = refusal });
            kept.Add(stored!);
        }

        var problem = await actions.SendAsync(agent, handoff, form["text"].ToString(), kept, context.RequestAborted);
        return problem is null ? Results.Ok(new { problem }) : Results.BadRequest(new { problem });
    }
}
