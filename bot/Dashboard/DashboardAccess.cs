using InternalTthc.Bot.Channels.DirectLine.WebChat;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Directory;
using InternalTthc.Core.Reports;

namespace InternalTthc.Bot.Dashboard;

/// <summary>
/// Who reads the dashboard, signed in as on the Web Chat page: a leader (unit leader, deciding authority, administrator)
/// sees his jurisdiction's cases, an agent those his agencies handle; anyone else is refused with the reason.
/// </summary>
public sealed class DashboardAccess(WebSignIn signIn, IDirectoryStore directory, ProcedureCatalog catalog)
{
    private static readonly Role[] Leaders = [Role.Leader, Role.DecidingAuthority, Role.Administrator];

    public async Task<(DashboardViewer? Viewer, int Status, string? Problem)> ResolveAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var ct = context.RequestAborted;
        var signedIn = await signIn.ResolveAsync(context, ct);
        if (signedIn.Person is not { } person || await directory.GetPersonRolesAsync(person.Id, ct) is not { } roles)
        {
            return (null, signedIn.Status, signedIn.Problem);
        }

        if (roles.Roles.FirstOrDefault(r => Leaders.Contains(r.Role)) is { } leader && await directory.FindUnitAsync(leader.UnitId, ct) is { } leaderUnit)
        {
            var name = catalog.FindJurisdiction(leaderUnit.JurisdictionCode)?.Name ?? leaderUnit.JurisdictionCode;
            return (new DashboardViewer(person, new DashboardScope(leaderUnit.JurisdictionCode, []), name), StatusCodes.Status200OK, null);
        }

        var agencies = new List<Unit>();
        foreach (var unitId in roles.Roles.Where(r => r.Role == Role.Agent).Select(r => r.UnitId).Distinct())
        {
            if (await directory.FindUnitAsync(unitId, ct) is { } unit) agencies.Add(unit);
        }

        return agencies.Count == 0
            ? (null, StatusCodes.Status403Forbidden, DashboardText.Get("NotAllowed"))
            : (new DashboardViewer(person, new DashboardScope(agencies[0].JurisdictionCode, [.. agencies.Where(a => a.JurisdictionCode == agencies[0].JurisdictionCode).Select(a => a.Id)]),
                string.Join(", ", agencies.Select(a => a.Name))), StatusCodes.Status200OK, null);
    }
}
