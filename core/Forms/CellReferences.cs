namespace InternalTthc.Core.Forms;

/// <summary>A1-style cell references: column letters and row numbers, both 1-based.</summary>
internal static class CellReferences
{
    public static string Column(int index)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(index, 1);
        var letters = "";
        for (var n = index; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    public static string Cell(int column, int row) => Column(column) + row.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The column of a reference such as "AB12" (28); null when it has no letters.</summary>
    public static int? ColumnOf(string reference)
    {
        var index = 0;
        foreach (var c in reference)
        {
            var upper = char.ToUpperInvariant(c);
            if (upper is < 'A' or > 'Z') break;
            index = (index * 26) + (upper - 'A' + 1);
        }

        return index == 0 ? null : index;
    }
}
