using InternalTthc.Core.Directory;
using InternalTthc.Core.Text;
using Microsoft.EntityFrameworkCore;

namespace InternalTthc.Core.Store;

internal sealed class EfDirectoryStore(TthcDbContext db, GroupCommit writes, TurnWrites turn, TurnQueries queries, SqliteTurnReads sqlite, PostgresTurnReads postgres) : IDirectoryStore
{
    // What the turn's sighting read, untracked: attaching it cost the turn more than the queries it saves.
    private TurnQueries.Sighted? _sighted;

    // By key: the unit or person the turn's sighting read, or one the context tracks, without another query.
    public async Task<Unit?> FindUnitAsync(Guid id, CancellationToken cancellationToken) =>
        _sighted?.Unit is { } sighted && sighted.Id == id ? sighted : await db.Units.FindAsync([id], cancellationToken);

    public Task<Unit?> FindUnitByCodeAsync(string code, CancellationToken cancellationToken) => queries.UnitByCode(db, code, cancellationToken);

    public async Task<Person?> FindPersonAsync(Guid id, CancellationToken cancellationToken) =>
        _sighted?.Person is { } sighted && sighted.Id == id ? sighted : await db.People.FindAsync([id], cancellationToken);

    public Task<Person?> FindPersonByLoginAsync(string login, CancellationToken cancellationToken) =>
        db.People.FirstOrDefaultAsync(p => p.Login == login, cancellationToken);

    public async Task<Person?> FindPersonByEntraIdentityAsync(string? objectId, IReadOnlyCollection<string> names, CancellationToken cancellationToken)
    {
        var people = db.People.AsNoTracking().Where(p => p.Active);
        if (objectId is { Length: > 0 } && await SingleAsync(people.Where(p => p.EntraObjectId == objectId), cancellationToken) is { } byId)
        {
            return byId;
        }

        var lower = names.Where(n => n.Length > 0).Select(n => n.ToLowerInvariant()).ToList();
        if (lower.Count == 0)
        {
            return null;
        }

        // The UPN an administrator gave first; the login or e-mail (often the same address) only when no UPN names him.
        return await SingleAsync(people.Where(p => p.UserPrincipalName != null && lower.Contains(p.UserPrincipalName)), cancellationToken)
            ?? await SingleAsync(people.Where(p => lower.Contains(p.Login.ToLower()) || (p.Email != null && lower.Contains(p.Email.ToLower()))), cancellationToken);
    }

    /// <summary>The one person found; two are no answer, since linking a chat account to the wrong one would show him another's cases.</summary>
    private static async Task<Person?> SingleAsync(IQueryable<Person> found, CancellationToken cancellationToken) =>
        await found.Take(2).ToListAsync(cancellationToken) is [var one] ? one : null;

    public Task SetLanguageAsync(Guid personId, string? language, CancellationToken cancellationToken) =>
        db.People.Where(p => p.Id == personId).ExecuteUpdateAsync(s => s.SetProperty(p => p.Language, language), cancellationToken);

    public async Task<PersonRoles?> GetPersonRolesAsync(Guid personId, CancellationToken cancellationToken)
    {
        // One query for both (every turn asks): the person joined with his roles.
        var found = await db.People.Where(p => p.Id == personId && p.Active)
            .Select(p => new { Person = p, Roles = db.RoleAssignments.Where(r => r.PersonId == p.Id).ToList() })
            .FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : new PersonRoles(found.Person, found.Roles);
    }

    public async Task<IReadOnlyList<Unit>> ListUnitsAsync(string jurisdictionCode, CancellationToken cancellationToken) =>
        await db.Units.Where(u => u.JurisdictionCode == jurisdictionCode).OrderBy(u => u.Name).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Person>> ListPeopleOfUnitAsync(Guid unitId, CancellationToken cancellationToken) =>
        await db.People.Where(p => p.UnitId == unitId && p.Active).OrderBy(p => p.FullName).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Person>> ListHoldersAsync(Guid unitId, Role role, CancellationToken cancellationToken) =>
        await Holders(unitId, role).OrderBy(p => p.FullName).ToListAsync(cancellationToken);

    // Not tracked: the holders are read, never changed, and a unit may have hundreds the turn's saves would look at.
    private IQueryable<Person> Holders(Guid unitId, Role role) =>
        db.RoleAssignments.Where(r => r.UnitId == unitId && r.Role == role)
            .Join(db.People.AsNoTracking().Where(p => p.Active), r => r.PersonId, p => p.Id, (_, p) => p);

    public async Task<ChannelAccountSeen> TouchChannelAccountAsync(ChannelAccountSighting sighting, CancellationToken cancellationToken)
    {
        var seen = await SeeAsync(sighting.ChannelId, sighting.AccountId, cancellationToken);
        var account = seen?.Account;
        if (account is { BlockedAt: null } known && (sighting.AadObjectId ?? known.AadObjectId) == known.AadObjectId
            && (sighting.TenantId ?? known.TenantId) == known.TenantId)
        {
            // Only the moment changes (every turn): one statement, committed with other turns' writes — in a turn, with its
            // own later writes, the turn waiting for it only at its end (nothing the turn does reads it back).
            if (known.LastSeenAt != sighting.At)
            {
                var row = $"channel_accounts:{known.Id}";
                FormattableString moment = $"UPDATE channel_accounts SET last_seen_at = {sighting.At.UtcDateTime} WHERE id = {known.Id}";
                if (!turn.TryDefer(() => writes.TryQueue(db, row, moment, cancellationToken)))
                {
                    await writes.RunAsync(db, row, moment, cancellationToken);
                }

                known.LastSeenAt = sighting.At;
            }

            return seen!;
        }

        if (account is null)
        {
            account = new ChannelAccount { ChannelId = sighting.ChannelId, AccountId = sighting.AccountId };
            db.ChannelAccounts.Add(account);
        }
        else
        {
            // Read untracked: tracked from here, so its save writes what changed.
            account = Tracked(account);
        }

        account.AadObjectId = sighting.AadObjectId ?? account.AadObjectId;
        account.TenantId = sighting.TenantId ?? account.TenantId;
        account.LastSeenAt = sighting.At;
        // He writes again, so he can be written to again (a Zalo user who followed back, a Teams app reinstalled).
        account.BlockedAt = null;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return seen is null ? new ChannelAccountSeen(account, null, false) : seen with { Account = account };
        }
        catch (DbUpdateException) when (db.Entry(account).State == EntityState.Added)
        {
            // First contact seen by two instances at once: the other one created it.
            db.ChangeTracker.Clear();
            return await SeeAsync(sighting.ChannelId, sighting.AccountId, cancellationToken) ?? throw new InvalidOperationException("The account vanished.");
        }
    }

    /// <summary>
    /// The account, its active person with his roles, his unit (both kept for the turn's <see cref="FindUnitAsync"/> and
    /// <see cref="FindPersonAsync"/>) and whether messages await his contact: one query instead of five, compiled once (on PostgreSQL in
    /// one round trip with the reads the account's turns make next).
    /// Nothing is tracked: a turn only reads them.
    /// </summary>
    private async Task<ChannelAccountSeen?> SeeAsync(string channelId, string accountId, CancellationToken cancellationToken)
    {
        if ((sqlite.Applies ? sqlite.See(channelId, accountId)
                : postgres.Applies ? await postgres.SeeAsync(channelId, accountId, cancellationToken)
                : await queries.See(db, channelId, accountId, cancellationToken)) is not { } found)
        {
            return null;
        }

        _sighted = found;
        return new ChannelAccountSeen(found.Account, found.Person is { } person ? new PersonRoles(person, found.Roles) : null, found.Person is not null && found.Awaits);
    }

    /// <summary>The account as this context tracks it: the one it already tracks, else the one read, attached.</summary>
    private ChannelAccount Tracked(ChannelAccount account)
    {
        if (db.ChannelAccounts.Local.FindEntry(account.Id) is { } tracked)
        {
            return tracked.Entity;
        }

        db.ChannelAccounts.Attach(account);
        return account;
    }

    public async Task MarkBlockedAsync(string channelId, string accountId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var updated = await db.ChannelAccounts.Where(a => a.ChannelId == channelId && a.AccountId == accountId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.BlockedAt, at), cancellationToken);
        if (updated == 0)
        {
            db.ChannelAccounts.Add(new ChannelAccount { ChannelId = channelId, AccountId = accountId, BlockedAt = at });
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    public Task LinkChannelAccountAsync(Guid channelAccountId, Guid? personId, CancellationToken cancellationToken) =>
        db.ChannelAccounts.Where(a => a.Id == channelAccountId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.PersonId, personId), cancellationToken);
    public async Task<IReadOnlyList<Person>> ListDemoPeopleAsync(CancellationToken cancellationToken) =>
        await db.People.AsNoTracking().Where(p => p.IsDemo && p.Active).OrderBy(p => p.Login).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<ChannelAccount>> ListChannelAccountsAsync(IReadOnlyCollection<Guid> personIds, string? channelId, CancellationToken cancellationToken) =>
        await LastUsedFirst(db.ChannelAccounts.AsNoTracking()
            .Where(a => (channelId == null || a.ChannelId == channelId) && a.PersonId != null && personIds.Contains(a.PersonId.Value)))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<ChannelAccount>> ListChannelAccountsAsync(
        IReadOnlyCollection<Guid> personIds, IReadOnlyCollection<(Guid UnitId, Role Role)> holders, IReadOnlyCollection<string> channelIds, int limit,
        CancellationToken cancellationToken)
    {
        // The holders stay in the store: only the accounts (on the channels asked, the limit's worth) come out.
        IQueryable<Guid>? holderIds = null;
        foreach (var (unitId, role) in holders)
        {
            var ids = Holders(unitId, role).Select(p => p.Id);
            holderIds = holderIds is null ? ids : holderIds.Union(ids);
        }

        var accounts = db.ChannelAccounts.AsNoTracking().Where(a => a.PersonId != null && channelIds.Contains(a.ChannelId));
        accounts = holderIds is null
            ? accounts.Where(a => personIds.Contains(a.PersonId!.Value))
            : accounts.Where(a => personIds.Contains(a.PersonId!.Value) || holderIds.Contains(a.PersonId!.Value));
        return await LastUsedFirst(accounts).Take(limit).ToListAsync(cancellationToken);
    }

    // Nulls last on both engines (PostgreSQL sorts them first when descending).
    private static IOrderedQueryable<ChannelAccount> LastUsedFirst(IQueryable<ChannelAccount> accounts) =>
        accounts.OrderByDescending(a => a.LastSeenAt != null).ThenByDescending(a => a.LastSeenAt).ThenBy(a => a.AccountId);

    public async Task<IReadOnlyList<Person>> FindPeopleByPhoneAsync(string phone, CancellationToken cancellationToken)
    {
        if (PhoneNumbers.Normalize(phone) is not { } wanted)
        {
            return [];
        }

        // Numbers are kept as typed ("0912 000 001"): the last three digits narrow the rows, the normal form decides.
        var tail = wanted[^3..];
        var candidates = await db.People.AsNoTracking().Where(p => p.Active && p.Phone != null && p.Phone.EndsWith(tail)).ToListAsync(cancellationToken);
        return [.. candidates.Where(p => PhoneNumbers.Normalize(p.Phone) == wanted)];
    }

    public async Task<IReadOnlyList<Unit>> ListAllUnitsAsync(CancellationToken cancellationToken) =>
        await db.Units.AsNoTracking().OrderBy(u => u.JurisdictionCode).ThenBy(u => u.Name).ToListAsync(cancellationToken);

    public Task<ChannelAccount?> FindChannelAccountAsync(string channelId, string accountId, CancellationToken cancellationToken) =>
        db.ChannelAccounts.AsNoTracking().FirstOrDefaultAsync(a => a.ChannelId == channelId && a.AccountId == accountId, cancellationToken);

    public async Task<IReadOnlyList<ChannelAccount>> ListRecentChannelAccountsAsync(int limit, CancellationToken cancellationToken) =>
        await db.ChannelAccounts.AsNoTracking()
            .OrderByDescending(a => a.LastSeenAt != null).ThenByDescending(a => a.LastSeenAt).ThenBy(a => a.ChannelId).ThenBy(a => a.AccountId)
            .Take(limit).ToListAsync(cancellationToken);

    public Task ImportAsync(DirectoryImport import, CancellationToken cancellationToken) =>
        db.InTransactionAsync(async ct =>
        {
            // The import starts from what is committed: a retried attempt must not see the rows of the one rolled back.
            db.ChangeTracker.Clear();
            var units = await db.Units.ToDictionaryAsync(u => u.Code, ct);
            foreach (var u in import.Units)
            {
                if (units.TryGetValue(u.Code, out var known) && known.JurisdictionCode != u.JurisdictionCode)
                {
                    // A code of another jurisdiction would move its unit, and that jurisdiction's cases with it.
                    throw new InvalidOperationException($"Mã đơn vị '{u.Code}' đã thuộc địa phương '{known.JurisdictionCode}', không dùng lại cho '{u.JurisdictionCode}'.");
                }

                if (!units.TryGetValue(u.Code, out var unit))
                {
                    unit = new Unit { Code = u.Code, Name = u.Name, JurisdictionCode = u.JurisdictionCode, IsDemo = import.IsDemo };
                    db.Units.Add(unit);
                    units[u.Code] = unit;
                }

                unit.Name = u.Name;
                unit.Level = u.Level;
                unit.Kind = u.Kind;
            }

            foreach (var u in import.Units)
            {
                units[u.Code].ParentId = u.ParentCode is null ? null : UnitOf(units, u.ParentCode, $"unit {u.Code}").Id;
            }

            await db.SaveChangesAsync(ct);
            foreach (var p in import.People)
            {
                await ImportPersonAsync(p, units, import.IsDemo, ct);
            }

            await db.SaveChangesAsync(ct);
        }, cancellationToken);

    private async Task ImportPersonAsync(ImportedPerson p, Dictionary<string, Unit> units, bool isDemo, CancellationToken cancellationToken)
    {
        var person = await db.People.FirstOrDefaultAsync(x => x.Login == p.Login, cancellationToken);
        var unitId = UnitOf(units, p.UnitCode, $"person {p.Login}").Id;
        if (person is null)
        {
            person = new Person { Login = p.Login, FullName = p.FullName, UnitId = unitId, IsDemo = isDemo };
            db.People.Add(person);
        }

        person.FullName = p.FullName;
        person.Position = p.Position;
        person.UnitId = unitId;
        person.Email = p.Email;
        person.Phone = p.Phone;
        person.EntraObjectId = p.AadObjectId;
        person.UserPrincipalName = p.UserPrincipalName?.ToLowerInvariant();
        // The import says which roles a listed person holds: the ones it no longer lists are withdrawn.
        var wanted = p.Roles.Select(r => (r.Role, UnitId: r.UnitCode is null ? unitId : UnitOf(units, r.UnitCode, $"role of {p.Login}").Id)).ToHashSet();
        var held = await db.RoleAssignments.Where(r => r.PersonId == person.Id).ToListAsync(cancellationToken);
        db.RoleAssignments.RemoveRange(held.Where(r => !wanted.Contains((r.Role, r.UnitId))));
        foreach (var (role, roleUnit) in wanted.Where(w => !held.Any(r => r.Role == w.Role && r.UnitId == w.UnitId)))
        {
            db.RoleAssignments.Add(new RoleAssignment { PersonId = person.Id, Role = role, UnitId = roleUnit });
        }

        foreach (var a in p.Accounts)
        {
            var account = await db.ChannelAccounts.FirstOrDefaultAsync(x => x.ChannelId == a.ChannelId && x.AccountId == a.AccountId, cancellationToken);
            if (account is null)
            {
                db.ChannelAccounts.Add(new ChannelAccount { ChannelId = a.ChannelId, AccountId = a.AccountId, PersonId = person.Id });
            }
            else
            {
                account.PersonId = person.Id;
            }
        }
    }

    private static Unit UnitOf(Dictionary<string, Unit> units, string code, string where) =>
        units.TryGetValue(code, out var unit) ? unit
            : throw new InvalidOperationException($"Đơn vị '{code}' không có trong danh bạ ({where}).");
}
