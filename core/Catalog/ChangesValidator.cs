namespace InternalTthc.Core.Catalog;

/// <summary>
/// Checks a change file: each change has what its kind needs and nothing else, a source and an effective day
/// (<see cref="Shape"/>); and what it names exists in the catalog it amends, merges do not go round in circles
/// (<see cref="Against"/>). Entries are "changes[i]", "agencies" or "pending".
/// </summary>
internal static class ChangesValidator
{
    /// <summary>The properties each kind uses; anything else given is a fault.</summary>
    private static readonly Dictionary<ChangeKind, string[]> Uses = new()
    {
        [ChangeKind.AgencyRenamed] = ["agency", "name"],
        [ChangeKind.AgencyMerged] = ["agency", "into"],
        [ChangeKind.JurisdictionRenamed] = ["name"],
        [ChangeKind.JurisdictionMerged] = ["into|absorbed"],
        [ChangeKind.ProcedureSuspended] = ["procedure", "note"],
        [ChangeKind.ProcedureAdapted] = ["procedure", "note", "routing?", "unitLevels?"],
    };

    public static IEnumerable<(string Entry, string Message)> Shape(CatalogChanges file)
    {
        if (!Codes.IsKebab(file.Jurisdiction)) yield return ("jurisdiction", $"mã địa phương '{file.Jurisdiction}' phải viết thường, nối bằng '-'");
        foreach (var dup in CatalogValidator.Duplicates(file.Agencies.Select(a => a.Code))) yield return ("agencies", $"mã cơ quan '{dup}' bị trùng");
        foreach (var a in file.Agencies.Where(a => !Codes.IsKebab(a.Code) || string.IsNullOrWhiteSpace(a.Name)))
        {
            yield return ("agencies", $"cơ quan '{a.Code}': mã viết thường nối bằng '-' và có tên (name)");
        }

        foreach (var (p, i) in file.Pending.Select((p, i) => (p, i)).Where(x => string.IsNullOrWhiteSpace(x.p))) yield return ("pending", $"pending[{i}] để trống");
        for (var i = 0; i < file.Changes.Count; i++)
        {
            foreach (var m in Change(file.Changes[i])) yield return ($"changes[{i}]", m);
        }
    }

    public static IEnumerable<(string Entry, string Message)> Against(CatalogChanges file, IReadOnlyDictionary<string, CatalogFile> catalogs)
    {
        if (!catalogs.TryGetValue(file.Jurisdiction, out var catalog))
        {
            yield return ("jurisdiction", $"không có tệp danh mục của địa phương '{file.Jurisdiction}' để ghi thay đổi; có: {string.Join(", ", catalogs.Keys.Order())}");
            yield break;
        }

        var agencies = catalog.Agencies.Concat(file.Agencies).Select(a => a.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var a in file.Agencies.Where(a => a.ParentCode is not null && !agencies.Contains(a.ParentCode)))
        {
            yield return ("agencies", $"cơ quan '{a.Code}' có cơ quan cấp trên không có: '{a.ParentCode}'");
        }

        string Known() => string.Join(", ", agencies.Order(StringComparer.Ordinal));
        for (var i = 0; i < file.Changes.Count; i++)
        {
            var c = file.Changes[i];
            var entry = $"changes[{i}]";
            foreach (var missing in new[] { c.Agency, c.Kind == ChangeKind.AgencyMerged ? c.Into : null }.OfType<string>().Where(x => !agencies.Contains(x)))
            {
                yield return (entry, $"cơ quan '{missing}' không có trong agencies của danh mục hay của tệp thay đổi; có: {Known()}");
            }

            if (c.Kind == ChangeKind.JurisdictionMerged && c.Into is { } into && (into == file.Jurisdiction || !catalogs.ContainsKey(into)))
            {
                yield return (entry, $"into '{into}' không phải một địa phương khác có tệp danh mục; có: {string.Join(", ", catalogs.Keys.Where(k => k != file.Jurisdiction).Order())}");
            }

            if (c.Procedure is { } code && catalog.Procedures.All(p => p.Code != code))
            {
                yield return (entry, $"procedure '{code}' không phải thủ tục của '{file.Jurisdiction}'; có: {string.Join(", ", catalog.Procedures.Select(p => p.Code))}");
            }

            var routed = c.Routing is { } r ? new[] { r.ExecutingUnit, r.DecidingUnit }.Concat(r.Overrides.SelectMany(o => new[] { o.ExecutingUnit, o.DecidingUnit })) : [];
            foreach (var unit in routed.OfType<string>().Where(u => u != ProcedureRouting.RequesterParent && !agencies.Contains(u)).Distinct())
            {
                yield return (entry, $"routing: cơ quan '{unit}' không có; có: {Known()}");
            }
        }

        foreach (var loop in MergeLoops(file)) yield return ("changes", $"sáp nhập vòng tròn: {loop}");
    }

    private static IEnumerable<string> Change(CatalogChange c)
    {
        if (string.IsNullOrWhiteSpace(c.Source)) yield return "source: ghi văn bản hoặc thông báo làm căn cứ";
        var given = new (string Name, bool Has)[]
        {
            ("agency", c.Agency is not null), ("into", c.Into is not null), ("name", !string.IsNullOrWhiteSpace(c.Name)), ("absorbed", c.Absorbed.Count > 0),
            ("procedure", c.Procedure is not null), ("note", !string.IsNullOrWhiteSpace(c.Note)), ("routing", c.Routing is not null), ("unitLevels", c.UnitLevels is not null),
        };
        var uses = Uses[c.Kind];
        var kind = Codes.Camel(c.Kind.ToString());
        foreach (var use in uses.Where(u => !u.EndsWith('?')))
        {
            var options = use.Split('|');
            var count = given.Count(g => options.Contains(g.Name) && g.Has);
            if (count == 0) yield return $"kind: {kind} cần {string.Join(" hoặc ", options)}";
            if (count > 1) yield return $"kind: {kind} dùng {string.Join(" hoặc ", options)}, không dùng cả hai";
        }

        var allowed = uses.SelectMany(u => u.TrimEnd('?').Split('|')).ToHashSet();
        foreach (var extra in given.Where(g => g.Has && !allowed.Contains(g.Name)))
        {
            yield return $"kind: {kind} không dùng {extra.Name}; dùng: {string.Join(", ", allowed)}";
        }

        if (c.Kind == ChangeKind.AgencyMerged && c.Agency is not null && c.Agency == c.Into) yield return "agency và into là một cơ quan";
    }

    private static IEnumerable<string> MergeLoops(CatalogChanges file)
    {
        var next = file.Changes.Where(c => c.Kind == ChangeKind.AgencyMerged && c.Agency is not null && c.Into is not null)
            .GroupBy(c => c.Agency!).ToDictionary(g => g.Key, g => g.Select(c => c.Into!).ToList());
        foreach (var start in next.Keys.Order(StringComparer.Ordinal))
        {
            var path = new List<string> { start };
            for (var code = start; next.TryGetValue(code, out var into) && into.Count > 0 && path.Count <= next.Count + 1;)
            {
                code = into[0];
                path.Add(code);
                if (code == start)
                {
                    // Each circle once, told from its first code.
                    if (path.Min(StringComparer.Ordinal) == start) yield return string.Join(" → ", path);
                    break;
                }
            }
        }
    }
}
