using System.Data.Common;
using Npgsql;

namespace InternalTthc.Core.Store;

/// <summary>
/// Npgsql settings the service's own pool runs with unless the connection string names them. Every command outside a
/// transaction takes a connection from the pool and gives it back (EF opens and closes around it), and a turn's reads are
/// the same few statements every time:
/// - <b>auto-prepare</b>: a statement run twice on a physical connection is prepared there (parsed and planned once);
/// - <b>no reset on close</b>: a connection given back would be reset (<c>DISCARD ALL</c>'s parts, run by the server before
///   the next command) on every open; the service leaves no session state behind (its settings are <c>SET LOCAL</c>, its
///   locks transaction-scoped or unlocked at once).
/// Measured (pg8: two instances, the greeting turn, each setting turned off alone): without auto-prepare the server's CPU
/// per turn doubled and turns/s halved; with the reset, the transactions per turn doubled (1.5 to 2.9). Multiplexing is not
/// a default and does not work here: the hand-off listener's wait is refused in multiplexing mode (the service stops at
/// start), and a turn's batches send their own BEGIN and COMMIT, which need a connection of their own.
/// </summary>
internal static class PostgresConnectionDefaults
{
    private static readonly (string Key, object Value)[] Defaults =
    [
        ("Max Auto Prepare", 64),
        ("Auto Prepare Min Usages", 2),
        ("No Reset On Close", true),
    ];

    public static string Apply(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>().Select(Normal).ToHashSet(StringComparer.Ordinal);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        foreach (var (key, value) in Defaults.Where(d => !given.Contains(Normal(d.Key))))
        {
            builder[key] = value;
        }

        return builder.ConnectionString;
    }

    private static string Normal(string key) => key.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
}
