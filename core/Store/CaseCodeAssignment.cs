using InternalTthc.Core.Calendar;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Catalog;

namespace InternalTthc.Core.Store;

/// <summary>A just-submitted case's code: the next of its jurisdiction's prefix and the year it was submitted in (Vietnam time).</summary>
internal sealed class CaseCodeAssignment(ProcedureCatalog catalog, CaseCodeAllocator codes)
{
    /// <summary>Gives <paramref name="c"/> its code on <paramref name="store"/>, inside the save's transaction; a case not submitted gets none.</summary>
    public async Task AssignAsync(TthcDbContext store, Case c, CancellationToken ct)
    {
        if (c.SubmittedAt is { } submitted)
        {
            var prefix = catalog.FindJurisdiction(c.JurisdictionCode)?.CasePrefix
                ?? throw new InvalidOperationException($"Unknown jurisdiction '{c.JurisdictionCode}' of case {c.Id}.");
            c.AssignCode(await codes.NextAsync(store, c.JurisdictionCode, prefix, VietnamTime.ToLocal(submitted).Year, ct));
        }
    }
}
