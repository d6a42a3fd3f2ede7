using InternalTthc.Bot.Channels.DirectLine.WebChat;
using InternalTthc.Bot.Conversations.Files;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Directory;

namespace InternalTthc.Bot.CaseWeb;

/// <summary>
/// Who asks for something of a case over HTTP, and the case if he may see it: the person a signed link for that very
/// resource names, or else the person signed in to the web pages (the Web Chat sign-in). Null for anyone else, whatever
/// the reason, so that an address reveals nothing of cases one may not see (404).
/// </summary>
public sealed class CaseWebAccess(CaseFileLinks links, WebSignIn signIn, CaseService cases, IDirectoryStore directory)
{
    /// <param name="resource">What is asked for under <c>cases/{code}/</c>, as its link was signed; null for the case page, which only the sign-in opens.</param>
    public async Task<CaseReader?> FindAsync(HttpContext context, string code, string? resource)
    {
        ArgumentNullException.ThrowIfNull(context);
        var ct = context.RequestAborted;
        var query = context.Request.Query;
        var personId = (resource is null ? null : links.Check(code, resource, query["p"], query["e"], query["s"]))
            ?? (await signIn.ResolveAsync(context, ct)).Person?.Id;
        if (personId is not { } id || await directory.GetPersonRolesAsync(id, ct) is not { } person)
        {
            return null;
        }

        try
        {
            return new CaseReader(person, await cases.FindForAsync(id, code, ct));
        }
        catch (CaseNotFoundException)
        {
            return null;
        }
    }
}
