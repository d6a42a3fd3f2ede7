using InternalTthc.Core.Text;

namespace InternalTthc.Core.Directory;

/// <summary>
/// Recognises a header row: the people table by its login column, the units table by its unit-name column; headers are
/// compared without case, spaces or diacritics, by the Vietnamese label or the JSON property name.
/// </summary>
internal sealed record DirectoryHeader(DirectoryTableKind Kind, int Row, IReadOnlyDictionary<string, int> Columns, IReadOnlyList<DirectoryFault> Faults)
{
    public static DirectoryHeader? Match(int row, IReadOnlyList<(int Index, string Text)> cells)
    {
        var keys = cells.Select(c => (c.Index, Key: Key(c.Text))).Where(c => c.Key.Length > 0).ToList();
        foreach (var kind in new[] { DirectoryTableKind.People, DirectoryTableKind.Units })
        {
            var columns = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var column in DirectoryColumn.Of(kind))
            {
                var found = keys.FirstOrDefault(c => c.Key == Key(column.Label) || c.Key == Key(column.Key));
                if (found.Key is not null) columns[column.Key] = found.Index;
            }

            // The column only that table has decides which table this is.
            var decisive = kind == DirectoryTableKind.People ? "login" : "name";
            if (columns.ContainsKey(decisive))
            {
                var table = DirectoryColumn.TableName(kind);
                var missing = DirectoryColumn.Of(kind).Where(c => c.Required && !columns.ContainsKey(c.Key))
                    .Select(c => new DirectoryFault(table, null, c.Label, DirectoryText.Vietnamese("MissingColumn", c.Label, row))).ToList();
                return new DirectoryHeader(kind, row, columns, missing);
            }
        }

        return null;
    }

    public static DirectoryFault NotFound() => DirectoryFault.OfFile("NoTable",
        string.Join(", ", DirectoryColumn.People.Where(c => c.Required).Select(c => c.Label)),
        string.Join(", ", DirectoryColumn.Units.Where(c => c.Required).Select(c => c.Label)));

    private static string Key(string label) => VietnameseText.Fold(label).Replace(" ", "", StringComparison.Ordinal);
}
