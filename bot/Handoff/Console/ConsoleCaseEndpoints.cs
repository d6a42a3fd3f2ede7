using InternalTthc.Bot.Conversations.Files;
using InternalTthc.Cards.Texts;
using InternalTthc.Core.Directory;
using Microsoft.AspNetCore.Antiforgery;

namespace InternalTthc.Bot.Handoff.Console;

/// <summary>
/// The console as the agents' case workspace, over HTTP for the signed-in agent: his queue under the filters of "hàng
/// đợi", any case he may see opened by its code (anyone else's: 404 with the reason in Vietnamese), an action of the case
/// card pressed on it, and a file handed in for the case form he opens from a conversation. Writes carry the anti-forgery token.
/// </summary>
public sealed class ConsoleCaseEndpoints(ConsoleSignIn signIn, ConsoleCaseQueue queue, ConsoleCasePanel panel, CaseFileIntake intake, IAntiforgery antiforgery)
{
    /// <summary>Further than any queue goes: a crafted skip beyond it reads the first page.</summary>
    private const int MaxSkip = 10_000_000;

    public async Task<IResult> QueueAsync(HttpContext context, string? filter, string? procedure, int? skip)
    {
        var (agent, status, problem) = await signIn.AgentAsync(context);
        if (agent is null) return Problem(problem!, status);
        var list = await queue.ListAsync(agent, filter, procedure, skip is >= 0 and <= MaxSkip ? skip.Value : 0, context.RequestAborted);
        return list is null ? Problem(CardText.Get("QueueNotAgent"), StatusCodes.Status403Forbidden) : Results.Json(list);
    }

    public async Task<IResult> CaseAsync(HttpContext context, string code)
    {
        var (agent, status, problem) = await signIn.AgentAsync(context);
        if (agent is null) return Problem(problem!, status);
        return await panel.ReadAsync(agent, code, context.RequestAborted) is { } c ? Results.Json(c) : NotFound(code);
    }

    public async Task<IResult> ActAsync(HttpContext context, string code, ConsoleCasePress press)
    {
        var (agent, refusal) = await WriterAsync(context);
        if (agent is null) return refusal!;
        var said = await panel.PressAsync(agent, code, press.Verb ?? "", press.Inputs ?? [], context.RequestAborted);
        return said is null ? NotFound(code) : Results.Json(new { message = said, @case = await panel.ReadAsync(agent, code, context.RequestAborted) });
    }

    /// <summary>
    /// A file for a form's file field, kept (checked as every upload is) in the file store under the case the form will
    /// file (<paramref name="caseId"/>, made when the form was opened); filing names it by the id this returns.
    /// </summary>
    public async Task<IResult> UploadAsync(HttpContext context, string caseId)
    {
        var (agent, refusal) = await WriterAsync(context);
        if (agent is null) return refusal!;
        if (!Guid.TryParseExact(caseId, "N", out var id)) return Problem(HandoffText.Get("ConsoleNotYours"), StatusCodes.Status404NotFound);
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        if (form.Files.Count != 1) return Problem(HandoffText.Get("ConsoleChooseFile"), StatusCodes.Status400BadRequest);
        var file = form.Files[0];
        await using var content = file.OpenReadStream();
        var (kept, why) = await intake.KeepAsync(CaseFileIntake.CaseArea(id), file.FileName, content, file.Length, context.RequestAborted);
        return kept is null ? Problem(why!, StatusCodes.Status400BadRequest) : Results.Json(new { id = CaseFileIntake.IdOf(kept), name = kept.FileName });
    }

    /// <summary>The agent who may write (signed in, the page's anti-forgery token), or why not.</summary>
    private async Task<(PersonRoles? Agent, IResult? Refusal)> WriterAsync(HttpContext context)
    {
        var (agent, status, problem) = await signIn.AgentAsync(context);
        if (agent is null) return (null, Problem(problem!, status));
        try
        {
            await antiforgery.ValidateRequestAsync(context);
            return (agent, null);
        }
        catch (AntiforgeryValidationException)
        {
            return (null, Problem(HandoffText.Get("ConsoleNotYours"), StatusCodes.Status400BadRequest));
        }
    }

    private static IResult NotFound(string code) => Problem(HandoffText.Get("ConsoleCaseNotFound", code), StatusCodes.Status404NotFound);

    private static IResult Problem(string problem, int status) => Results.Json(new { problem }, statusCode: status);
}
