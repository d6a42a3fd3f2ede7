namespace InternalTthc.Core.Catalog;

/// <summary>
/// Clashes between catalog files (a jurisdiction, case prefix, agency, procedure or system event code used by two),
/// each fault naming both files, and change files checked against the catalogs they amend.
/// </summary>
internal static class CrossFileValidator
{
    public static IEnumerable<CatalogFault> Validate(IReadOnlyList<(string Name, CatalogFile File)> files, IReadOnlyList<(string Name, CatalogChanges Changes)> changes)
    {
        var clashes = new (string Entry, string What, IEnumerable<(string File, string Code)> Uses)[]
        {
            ("jurisdiction", "địa phương '{0}' có trong nhiều tệp (one file per jurisdiction)", files.Select(f => (f.Name, f.File.Jurisdiction.Code))),
            ("jurisdiction", "tiền tố mã hồ sơ '{0}' đã dùng ở tệp khác (casePrefix must be unique)", files.Select(f => (f.Name, f.File.Jurisdiction.CasePrefix))),
            ("agencies", "mã cơ quan '{0}' đã dùng ở tệp khác (agency codes must be unique across jurisdictions)",
                files.SelectMany(f => f.File.Agencies.Select(a => (f.Name, a.Code))).Concat(changes.SelectMany(c => c.Changes.Agencies.Select(a => (c.Name, a.Code))))),
            ("{0}", "mã thủ tục bị trùng giữa các tệp (duplicate code)", files.SelectMany(f => f.File.Procedures.Select(p => (f.Name, p.Code)))),
            ("{0}", "mã sự kiện hệ thống bị trùng giữa các tệp (duplicate code)", files.SelectMany(f => f.File.SystemEvents.Select(e => (f.Name, e.Code)))),
            ("jurisdiction", "có nhiều tệp thay đổi cho địa phương '{0}' (one change file per jurisdiction)", changes.Select(c => (c.Name, c.Changes.Jurisdiction))),
        };
        foreach (var (entry, what, uses) in clashes)
        {
            foreach (var group in uses.GroupBy(u => u.Code, StringComparer.Ordinal).Where(g => g.Select(u => u.File).Distinct().Count() > 1))
            {
                yield return new CatalogFault(string.Join(", ", group.Select(u => u.File).Distinct()), string.Format(entry, group.Key), string.Format(what, group.Key));
            }
        }

        var byJurisdiction = files.GroupBy(f => f.File.Jurisdiction.Code).ToDictionary(g => g.Key, g => g.First().File, StringComparer.Ordinal);
        foreach (var (name, c) in changes)
        {
            foreach (var (entry, message) in ChangesValidator.Against(c, byJurisdiction))
            {
                yield return new CatalogFault(name, entry, message);
            }
        }
    }
}
