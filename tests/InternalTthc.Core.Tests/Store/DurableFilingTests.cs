using System.Collections.Concurrent;
using System.Data.Common;
using System.Text.RegularExpressions;
using InternalTthc.Core.Calendar;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Conversations;
using InternalTthc.Core.Store;
using InternalTthc.Core.Tests.Cases;
using InternalTthc.Core.Tests.Support;
using InternalTthc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Core.Tests.Store;

/// <summary>
/// On SQLite (synchronous=NORMAL by default) the writes that file or decide a case commit on a connection set to FULL, so an
/// acknowledged case outlives a power cut; conversation state stays on NORMAL, and the connection goes back to it after.
/// </summary>
public sealed class DurableFilingTests
{
    private static readonly DateTimeOffset Start = new(2026, 4, 23, 14, 30, 0, TimeSpan.FromHours(7));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Filing_and_deciding_commit_on_FULL_while_conversation_state_stays_on_NORMAL()
    {
        var writes = new WriteLevels();
        await using var store = await TestStore.CreateAsync(StoreProvider.Sqlite, configure: services =>
        {
            services.AddSingleton<IInterceptor>(writes);
            services.AddSingleton<TimeProvider>(new FakeClock(Start));
            services.AddCases();
        });
        writes.Clear(); // the migrations' own writes (0020 fills a column of the cases already stored) are not the service's
        var people = await CaseServiceTests.PeopleAsync(store);
        await using var scope = store.Scope();
        // One connection for the whole scope, so what the filing set must be undone on it for the state write after.
        await scope.ServiceProvider.GetRequiredService<TthcDbContext>().Database.OpenConnectionAsync(Ct);
        var cases = scope.ServiceProvider.GetRequiredService<CaseService>();
        var states = scope.ServiceProvider.GetRequiredService<IConversationStateStore>();

        await states.SaveAsync("greeting", "{}", null, Start, Ct);
        var draft = await cases.OpenDraftAsync(people["focal"], "tst-focal", null, FormAnswers.Empty.With("email", "a@b.vn"), Ct);
        await cases.SubmitAsync(draft.Id, people["focal"], Ct);
        await cases.ReceiveAsync(draft.Id, people["agent"], Ct);
        await states.SaveAsync("after-filing", "{}", null, Start, Ct);

        Assert.Equal([Level.Full], writes.On("cases").Distinct());
        Assert.Equal(3, writes.On("cases").Count);
        Assert.Equal([Level.Normal], writes.On("conversation_states").Distinct());
        Assert.Equal(2, writes.On("conversation_states").Count);
    }

    private enum Level
    {
        Normal = 1,
        Full = 2,
    }

    /// <summary>For every INSERT/UPDATE into a table, the connection's synchronous level at that moment (read on the same connection).</summary>
    private sealed class WriteLevels : DbCommandInterceptor
    {
        private readonly ConcurrentQueue<(string Sql, Level Level)> _seen = [];

        public void Clear() => _seen.Clear();

        public List<Level> On(string table) =>
            [.. _seen.Where(w => Regex.IsMatch(w.Sql, $@"(INTO|UPDATE) ""?{table}""?\s")).Select(w => w.Level)];

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
            RecordAsync(command, result, cancellationToken);

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
            RecordAsync(command, result, cancellationToken);

        private async ValueTask<T> RecordAsync<T>(DbCommand command, T result, CancellationToken cancellationToken)
        {
            if (Regex.IsMatch(command.CommandText, @"\b(INSERT|UPDATE)\b"))
            {
                await using var pragma = command.Connection!.CreateCommand();
                pragma.Transaction = command.Transaction;
                pragma.CommandText = "PRAGMA synchronous;";
                _seen.Enqueue((command.CommandText, (Level)Convert.ToInt32(await pragma.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture)));
            }

            return result;
        }
    }
}
