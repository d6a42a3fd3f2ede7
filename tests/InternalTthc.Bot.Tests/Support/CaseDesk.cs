using InternalTthc.Core.Cases;
using InternalTthc.Core.Directory;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Bot.Tests.Support;

/// <summary>Files cases straight through the case service (the form conversation has tests of its own) and reads them back.</summary>
public sealed class CaseDesk(IServiceProvider services)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Opens and submits a case as <paramref name="login"/>, with the form's answers when given; returns its code.</summary>
    public async Task<string> FileAsync(string login, string procedure, FormAnswers? answers = null)
    {
        await using var scope = services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<CaseService>();
        var person = await PersonAsync(scope.ServiceProvider, login);
        var draft = await service.OpenDraftAsync(person.Id, procedure, null, answers ?? FormAnswers.Empty, Ct);
        return (await service.SubmitAsync(draft.Id, person.Id, Ct)).Code!;
    }

    public async Task<Case> FindAsync(string code)
    {
        await using var scope = services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<ICaseStore>().FindByCodeAsync(code, Ct))!;
    }

    public async Task<Guid> PersonIdAsync(string login)
    {
        await using var scope = services.CreateAsyncScope();
        return (await PersonAsync(scope.ServiceProvider, login)).Id;
    }

    /// <summary>Links a Teams account id (29:...) to a directory person, as an administrator's import does.</summary>
    public Task LinkTeamsAsync(string accountId, string login) => LinkAsync("msteams", accountId, login);

    /// <summary>Links a channel account (a Zalo user id...) to a directory person, as an administrator's import does.</summary>
    public async Task LinkAsync(string channelId, string accountId, string login)
    {
        await using var scope = services.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<IDirectoryStore>();
        var account = (await directory.TouchChannelAccountAsync(new ChannelAccountSighting(channelId, accountId, null, null, DateTimeOffset.UtcNow), Ct)).Account;
        await directory.LinkChannelAccountAsync(account.Id, (await PersonAsync(scope.ServiceProvider, login)).Id, Ct);
    }

    public static IEnumerable<CaseAction> Actions(Case c) => c.Timeline.OrderBy(e => e.At).Select(e => e.Action);

    private static async Task<Person> PersonAsync(IServiceProvider provider, string login) =>
        await provider.GetRequiredService<IDirectoryStore>().FindPersonByLoginAsync(login, Ct) ?? throw new InvalidOperationException($"No demo person {login}.");
}
