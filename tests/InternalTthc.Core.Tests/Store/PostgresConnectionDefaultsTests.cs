using InternalTthc.Core.Store;
using Npgsql;

namespace InternalTthc.Core.Tests.Store;

/// <summary>The service's pool gets auto-prepare and no reset on close, unless the administrator's connection string says otherwise.</summary>
public sealed class PostgresConnectionDefaultsTests
{
    [Fact]
    public void A_connection_string_without_them_gets_the_defaults_and_keeps_the_rest()
    {
        var tuned = new NpgsqlConnectionStringBuilder(PostgresConnectionDefaults.Apply("Host=db;Username=tthc;Password=p;Database=tthc"));

        Assert.Equal(64, tuned.MaxAutoPrepare);
        Assert.Equal(2, tuned.AutoPrepareMinUsages);
        Assert.True(tuned.NoResetOnClose);
        Assert.Equal(("db", "tthc", "p", "tthc"), (tuned.Host, tuned.Username, tuned.Password, tuned.Database));
    }

    [Fact]
    public void What_the_connection_string_names_is_kept_in_either_spelling()
    {
        var tuned = new NpgsqlConnectionStringBuilder(PostgresConnectionDefaults.Apply("Host=db;Max Auto Prepare=0;NoResetOnClose=false"));

        Assert.Equal(0, tuned.MaxAutoPrepare);
        Assert.False(tuned.NoResetOnClose);
        Assert.Equal(2, tuned.AutoPrepareMinUsages);
    }
}
