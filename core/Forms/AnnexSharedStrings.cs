using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
// InternalTthc.Core.Text is a namespace: the cell text element goes by another name.
using CellText = DocumentFormat.OpenXml.Spreadsheet.Text;

namespace InternalTthc.Core.Forms;

/// <summary>The shared string table of one workbook being written: each distinct text stored once.</summary>
internal sealed class AnnexSharedStrings
{
    private readonly List<string> _texts = [];
    private readonly Dictionary<string, int> _indexes = new(StringComparer.Ordinal);
    private int _uses;

    public int IndexOf(string text)
    {
        _uses++;
        if (!_indexes.TryGetValue(text, out var index))
        {
            index = _texts.Count;
            _texts.Add(text);
            _indexes.Add(text, index);
        }

        return index;
    }

    public SharedStringTable ToTable() =>
        new(_texts.Select(t => new SharedStringItem(new CellText(t) { Space = NeedsPreserve(t) ? SpaceProcessingModeValues.Preserve : null })))
        {
            Count = (uint)_uses,
            UniqueCount = (uint)_texts.Count,
        };

    private static bool NeedsPreserve(string text) => text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]) || text.Contains('\n'));
}
