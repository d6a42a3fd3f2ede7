namespace InternalTthc.Core.Directory;

/// <summary>Turns the tables of a spreadsheet or CSV file into a directory to import, naming each cell it cannot read.</summary>
internal static class DirectoryTableImport
{
    public static (DirectorySource Source, IReadOnlyList<DirectoryFault> Faults) From(IReadOnlyList<DirectoryTable> tables)
    {
        var (units, unitRows, people, personRows) = (new List<ImportedUnit>(), new List<int>(), new List<ImportedPerson>(), new List<int>());
        var faults = new List<DirectoryFault>();
        foreach (var table in tables)
        {
            var name = DirectoryColumn.TableName(table.Kind);
            foreach (var row in table.Rows)
            {
                DirectoryFault Fault(string key, string message) => new(name, row.Number, DirectoryColumn.Of(table.Kind).First(c => c.Key == key).Label, message);
                var rowFaults = DirectoryColumn.Of(table.Kind).Where(c => c.Required && row[c.Key].Length == 0)
                    .Select(c => Fault(c.Key, DirectoryText.Vietnamese("Required"))).ToList();
                if (table.Kind == DirectoryTableKind.Units)
                {
                    var level = DirectoryWords.Level(row["level"]);
                    if (level is null && row["level"].Length > 0) rowFaults.Add(Fault("level", DirectoryText.Vietnamese("UnknownLevel", row["level"])));
                    // No kind written: a state body, as most units are; a written kind must be one the catalog's filing rules know.
                    var kind = row["kind"].Length == 0 ? UnitKind.Government : DirectoryWords.Kind(row["kind"]);
                    if (kind is null) rowFaults.Add(Fault("kind", DirectoryText.Vietnamese("UnknownKind", row["kind"])));
                    units.Add(new ImportedUnit(row["code"], row["name"], row["jurisdictionCode"], level ?? UnitLevel.Department, Blank(row["parentCode"]), kind ?? UnitKind.Government));
                    unitRows.Add(row.Number);
                }
                else
                {
                    var roles = Items(row["roles"]).Select(r => (Text: r, Role: Role(r))).ToList();
                    rowFaults.AddRange(roles.Where(r => r.Role is null).Select(r => Fault("roles", DirectoryText.Vietnamese("UnknownRole", r.Text))));
                    var accounts = Items(row["accounts"]).Select(a => (Text: a, Account: Account(a))).ToList();
                    rowFaults.AddRange(accounts.Where(a => a.Account is null).Select(a => Fault("accounts", DirectoryText.Vietnamese("BadAccount", a.Text))));
                    people.Add(new ImportedPerson
                    {
                        Login = row["login"], FullName = row["fullName"], Position = Blank(row["position"]), UnitCode = row["unitCode"],
                        Email = Blank(row["email"]), Phone = Blank(row["phone"]),
                        AadObjectId = Blank(row["aadObjectId"]), UserPrincipalName = Blank(row["userPrincipalName"]),
                        Roles = [.. roles.Select(r => r.Role).OfType<ImportedRole>()], Accounts = [.. accounts.Select(a => a.Account).OfType<ImportedAccount>()],
                    });
                    personRows.Add(row.Number);
                }

                faults.AddRange(rowFaults);
            }
        }

        return (new DirectorySource(new DirectoryImport { Units = units, People = people }, unitRows, personRows, Json: false), faults);
    }

    /// <summary>"đầu mối" or "cán bộ CNTT@lcu-ttcntt": the role, for the person's own unit or the one named.</summary>
    private static ImportedRole? Role(string text)
    {
        var at = text.LastIndexOf('@');
        var (words, unit) = at < 0 ? (text, null) : (text[..at].Trim(), Blank(text[(at + 1)..].Trim()));
        return DirectoryWords.Role(words) is { } role ? new ImportedRole(role, unit) : null;
    }

    /// <summary>"msteams:29:1a2b": the channel id before the first colon, the account id after it.</summary>
    private static ImportedAccount? Account(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && colon < text.Length - 1 ? new ImportedAccount(text[..colon].Trim(), text[(colon + 1)..].Trim()) : null;
    }

    private static IEnumerable<string> Items(string text) =>
        text.Split([';', ',', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string? Blank(string text) => text.Length == 0 ? null : text;
}
