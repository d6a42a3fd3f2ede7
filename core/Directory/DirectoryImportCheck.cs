using System.Text.RegularExpressions;

namespace InternalTthc.Core.Directory;

/// <summary>
/// Checks a directory against itself and the directory already stored, before anything is written: codes and logins
/// once each, every unit named exists, e-mail and phone readable, and — for an administrator — nothing outside the
/// jurisdictions he keeps. Every fault is named by row and column; one fault stops the whole import.
/// </summary>
public static partial class DirectoryImportCheck
{
    /// <param name="storedUnits">Units already in the directory: code to jurisdiction code.</param>
    /// <param name="jurisdictions">The jurisdictions the importer administers; null for the operator (host verb), who may import any.</param>
    public static IReadOnlyList<DirectoryFault> Check(DirectorySource source, IReadOnlyDictionary<string, string> storedUnits, IReadOnlySet<string>? jurisdictions)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(storedUnits);
        var import = source.Import;
        if (import.Units.Count == 0 && import.People.Count == 0)
        {
            return [DirectoryFault.OfFile("EmptyImport")];
        }

        var faults = new List<DirectoryFault>();
        var units = new Dictionary<string, string>(storedUnits, StringComparer.Ordinal);
        var seenUnits = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < import.Units.Count; i++)
        {
            var u = import.Units[i];
            DirectoryFault Fault(string key, string text, params object[] args) => source.Fault(DirectoryTableKind.Units, i, key, DirectoryText.Vietnamese(text, args));
            if (u.Code.Length > 0 && !Code().IsMatch(u.Code)) faults.Add(Fault("code", "BadCode", u.Code));
            if (seenUnits.TryGetValue(u.Code, out var first)) faults.Add(Fault("code", "DuplicateUnit", u.Code, source.UnitRows[first]));
            else seenUnits[u.Code] = i;
            if (storedUnits.TryGetValue(u.Code, out var was) && was != u.JurisdictionCode) faults.Add(Fault("jurisdictionCode", "JurisdictionChanged", u.Code, was));
            if (jurisdictions is not null && !jurisdictions.Contains(u.JurisdictionCode)) faults.Add(Fault("jurisdictionCode", "OtherJurisdiction", u.Code, u.JurisdictionCode));
            if (u.Name.Length > 300) faults.Add(Fault("name", "TooLong", 300));
            units.TryAdd(u.Code, u.JurisdictionCode);
        }

        for (var i = 0; i < import.Units.Count; i++)
        {
            if (import.Units[i].ParentCode is { } parent && !units.ContainsKey(parent))
            {
                faults.Add(source.Fault(DirectoryTableKind.Units, i, "parentCode", DirectoryText.Vietnamese("UnknownUnit", parent)));
            }
        }

        faults.AddRange(CheckPeople(source, units, jurisdictions));
        return faults;
    }

    private static IEnumerable<DirectoryFault> CheckPeople(DirectorySource source, Dictionary<string, string> units, IReadOnlySet<string>? jurisdictions)
    {
        var logins = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var accounts = new Dictionary<(string, string), int>();
        var identities = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < source.Import.People.Count; i++)
        {
            var p = source.Import.People[i];
            DirectoryFault Fault(string key, string text, params object[] args) => source.Fault(DirectoryTableKind.People, i, key, DirectoryText.Vietnamese(text, args));
            if (logins.TryGetValue(p.Login, out var first)) yield return Fault("login", "DuplicateLogin", p.Login, source.PersonRows[first]);
            else logins[p.Login] = i;
            if (p.Login.Length > 200) yield return Fault("login", "TooLong", 200);
            if (p.Email is { } email && !Email().IsMatch(email)) yield return Fault("email", "BadEmail", email);
            if (p.Phone is { } phone && !Phone().IsMatch(phone)) yield return Fault("phone", "BadPhone", phone);
            if (p.AadObjectId is { } objectId && !Guid.TryParseExact(objectId, "D", out _)) yield return Fault("aadObjectId", "BadObjectId", objectId);
            if (p.UserPrincipalName is { } upn && !Email().IsMatch(upn)) yield return Fault("userPrincipalName", "BadUserPrincipalName", upn);
            // One Teams user is one person: a second would get the first one's cases.
            foreach (var (key, identity) in new[] { ("aadObjectId", p.AadObjectId), ("userPrincipalName", p.UserPrincipalName) })
            {
                if (identity is null) continue;
                if (identities.TryGetValue(identity, out var other)) yield return Fault(key, "DuplicateIdentity", identity, source.PersonRows[other]);
                else identities[identity] = i;
            }

            foreach (var fault in UnitFaults(p.UnitCode, "unitCode", Fault, units, jurisdictions)) yield return fault;
            foreach (var role in p.Roles.Where(r => r.UnitCode is not null))
            {
                foreach (var fault in UnitFaults(role.UnitCode!, "roles", Fault, units, jurisdictions)) yield return fault;
            }

            foreach (var a in p.Accounts)
            {
                if (accounts.TryGetValue((a.ChannelId, a.AccountId), out var other)) yield return Fault("accounts", "DuplicateAccount", $"{a.ChannelId}:{a.AccountId}", source.PersonRows[other]);
                else accounts[(a.ChannelId, a.AccountId)] = i;
            }
        }
    }

    private static IEnumerable<DirectoryFault> UnitFaults(
        string code, string column, Func<string, string, object[], DirectoryFault> fault, Dictionary<string, string> units, IReadOnlySet<string>? jurisdictions)
    {
        if (code.Length == 0) yield break;
        if (!units.TryGetValue(code, out var jurisdiction)) yield return fault(column, "UnknownUnit", [code]);
        else if (jurisdictions is not null && !jurisdictions.Contains(jurisdiction)) yield return fault(column, "OtherJurisdiction", [code, jurisdiction]);
    }

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$")]
    private static partial Regex Code();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex Email();

    [GeneratedRegex(@"^(\+84|0)?[1-9](?:[ .-]?\d){7,9}$")]
    private static partial Regex Phone();
}
