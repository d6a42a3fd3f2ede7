using InternalTthc.Core.Operations;
using Microsoft.EntityFrameworkCore;

namespace InternalTthc.Core.Store;

internal sealed class EfServiceSettings(TthcDbContext db) : IServiceSettings
{
    public async Task<string?> GetAsync(string key, CancellationToken cancellationToken) =>
        await db.ServiceSettings.AsNoTracking().Where(s => s.Key == key).Select(s => s.Value).FirstOrDefaultAsync(cancellationToken);

    public async Task SetAsync(string key, string value, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var updated = await db.ServiceSettings.Where(s => s.Key == key)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Value, value).SetProperty(x => x.UpdatedAt, at), cancellationToken);
        if (updated == 0)
        {
            db.ServiceSettings.Add(new ServiceSetting { Key = key, Value = value, UpdatedAt = at });
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
