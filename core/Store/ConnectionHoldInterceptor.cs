using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace InternalTthc.Core.Store;

/// <summary>
/// Keeps a held context's connection open (<see cref="EfConnectionHold"/>): EF's close after the command that opened it is
/// suppressed and noted. EF then takes the connection for one opened outside it and never closes it itself, so every later
/// command of the turn runs on it, until the hold's release closes it.
/// </summary>
internal sealed class ConnectionHoldInterceptor : DbConnectionInterceptor
{
    public override InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        Keep(eventData) ? InterceptionResult.Suppress() : result;

    public override ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        ValueTask.FromResult(Keep(eventData) ? InterceptionResult.Suppress() : result);

    private static bool Keep(ConnectionEventData eventData)
    {
        if (eventData.Context is not TthcDbContext { HoldsConnection: true } db)
        {
            return false;
        }

        db.KeptConnection = true;
        return true;
    }
}
