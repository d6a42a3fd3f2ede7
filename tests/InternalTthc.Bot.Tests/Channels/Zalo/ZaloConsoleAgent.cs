using InternalTthc.Bot.Handoff;
using InternalTthc.Bot.Handoff.Console;
using InternalTthc.Core.Directory;
using InternalTthc.Core.Handoff;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Bot.Tests.Channels.Zalo;

/// <summary>
/// An agent at the console (/can-bo), through what its endpoints call (ConsoleViews, ConsoleActions, ConsoleCaseFiling),
/// each action in a scope of its own as each request is; what he writes goes to the Zalo user through the OA API.
/// </summary>
public sealed class ZaloConsoleAgent(ZaloService zalo, string login)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The only request in his queue.</summary>
    public Task<ConsoleRow> RequestAsync() => WithAsync(async (s, agent) => Assert.Single((await s.GetRequiredService<ConsoleViews>().StateAsync(agent, Ct)).Queue));

    public Task<string> TakeAsync(string id) => WithAsync((s, agent) => s.GetRequiredService<ConsoleActions>().TakeAsync(agent, Guid.ParseExact(id, "N"), Ct));

    /// <summary>Writes, with a file uploaded in the console if any.</summary>
    public Task<string?> WriteAsync(string id, string text, (string Name, byte[] Bytes)? file = null) => WithAsync(async (s, agent) =>
    {
        var handoff = Guid.ParseExact(id, "N");
        IReadOnlyList<HandoffFile> files = [];
        if (file is { } f)
        {
            using var content = new MemoryStream(f.Bytes);
            var (kept, refusal) = await s.GetRequiredService<HandoffFiles>().KeepAsync(handoff, f.Name, content, f.Bytes.Length, Ct);
            files = [kept ?? throw new InvalidOperationException(refusal)];
        }

        return await s.GetRequiredService<ConsoleActions>().SendAsync(agent, handoff, text, files, Ct);
    });

    public Task<ConsoleConversation> ConversationAsync(string id) =>
        WithAsync(async (s, agent) => (await s.GetRequiredService<ConsoleViews>().ConversationAsync(agent, Guid.ParseExact(id, "N"), Ct))!);

    /// <summary>Files a case for the requester from the console's form.</summary>
    public Task<ConsoleFiling> FileAsync(string id, string procedure, IReadOnlyDictionary<string, string> values) => WithAsync((s, agent) =>
        s.GetRequiredService<ConsoleCaseFiling>().FileAsync(agent, Guid.ParseExact(id, "N"), Guid.NewGuid(), procedure, null, values, Ct));

    /// <summary>The files of the transcript's messages, as kept in the hand-off's area of the file store.</summary>
    public Task<IReadOnlyList<(HandoffFile File, byte[] Bytes)>> FilesAsync(string id) => WithAsync<IReadOnlyList<(HandoffFile, byte[])>>(async (s, _) =>
    {
        var handoff = Guid.ParseExact(id, "N");
        var kept = new List<(HandoffFile, byte[])>();
        foreach (var file in (await s.GetRequiredService<IHandoffStore>().TranscriptAsync(handoff, Ct)).SelectMany(m => HandoffFile.Read(m.Files)))
        {
            var opened = (await s.GetRequiredService<HandoffFiles>().OpenAsync(handoff, file.Id, Ct))!;
            await using var content = opened.Content;
            using var bytes = new MemoryStream();
            await content.CopyToAsync(bytes, Ct);
            kept.Add((file, bytes.ToArray()));
        }

        return kept;
    });

    private async Task<T> WithAsync<T>(Func<IServiceProvider, PersonRoles, Task<T>> act)
    {
        await using var scope = zalo.Host.Services.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<IDirectoryStore>();
        var person = await directory.FindPersonByLoginAsync(login, Ct) ?? throw new InvalidOperationException($"No person {login}.");
        var agent = await directory.GetPersonRolesAsync(person.Id, Ct) ?? throw new InvalidOperationException($"No roles for {login}.");
        return await act(scope.ServiceProvider, agent);
    }
}
