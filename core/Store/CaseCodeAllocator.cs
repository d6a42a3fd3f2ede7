using Microsoft.EntityFrameworkCore;

namespace InternalTthc.Core.Store;

/// <summary>
/// Gives the next case code of a jurisdiction and year ("LCU-2026-00042"). Runs inside the
/// caller's transaction, so a code is used only if the case is saved, and two instances never
/// get the same number (the counter row is locked by the update until commit).
/// </summary>
internal sealed class CaseCodeAllocator
{
    public async Task<string> NextAsync(TthcDbContext db, string jurisdictionCode, string prefix, int year, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO case_code_counters (jurisdiction_code, year, last_number) VALUES ({jurisdictionCode}, {year}, 0) ON CONFLICT (jurisdiction_code, year) DO NOTHING",
            cancellationToken);
        var numbers = await db.Database.SqlQuery<int>(
            $"UPDATE case_code_counters SET last_number = last_number + 1 WHERE jurisdiction_code = {jurisdictionCode} AND year = {year} RETURNING last_number AS \"Value\"")
            .ToListAsync(cancellationToken);
        return $"{prefix}-{year}-{numbers.Single():D5}";
    }
}
