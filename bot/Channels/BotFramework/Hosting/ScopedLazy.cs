namespace InternalTthc.Bot.Channels.BotFramework.Hosting;

/// <summary>
/// A collaborator made from the resolving scope the first time it is used, for one that most turns never use (issue 14: a
/// greeting built the form, case and hand-off graphs, and four connector clients, for nothing). Same scope, same lifetime
/// rules as taking it directly: only when it is made changes.
/// </summary>
public sealed class ScopedLazy<T>(IServiceProvider services) : Lazy<T>(services.GetRequiredService<T>)
    where T : notnull;
