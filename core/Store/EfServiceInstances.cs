using InternalTthc.Core.Operations;
using Microsoft.EntityFrameworkCore;

namespace InternalTthc.Core.Store;

internal sealed class EfServiceInstances(TthcDbContext db) : IServiceInstances
{
    public async Task BeatAsync(ServiceInstance instance, CancellationToken cancellationToken)
    {
        var seen = await db.ServiceInstances.Where(i => i.Id == instance.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.LastSeenAt, instance.LastSeenAt), cancellationToken);
        if (seen == 0)
        {
            db.ServiceInstances.Add(instance);
            await db.SaveChangesAsync(cancellationToken);
            db.Entry(instance).State = EntityState.Detached;
        }
    }

    public Task RemoveAsync(string id, CancellationToken cancellationToken) =>
        db.ServiceInstances.Where(i => i.Id == id).ExecuteDeleteAsync(cancellationToken);

    public async Task<IReadOnlyList<ServiceInstance>> ListSeenSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        await db.ServiceInstances.AsNoTracking().Where(i => i.LastSeenAt >= since).OrderBy(i => i.Id).ToListAsync(cancellationToken);
}
