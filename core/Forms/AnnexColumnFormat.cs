using System.Globalization;
using InternalTthc.Core.Catalog;

namespace InternalTthc.Core.Forms;

/// <summary>How a column is to be filled in, for the instructions sheet: type, length, choices, pattern rule.</summary>
internal static class AnnexColumnFormat
{
    // A cell's line break is "\n" on every platform; "\r\n" would show as a stray character in Excel.
    private const string LineBreak = "\n";

    public static string Describe(FormField column)
    {
        var text = column.Type switch
        {
            FieldType.Email => FormText.Vietnamese("FormatEmail"),
            FieldType.Phone => FormText.Vietnamese("FormatPhone"),
            FieldType.CitizenId => FormText.Vietnamese("FormatCitizenId"),
            FieldType.Number => FormText.Vietnamese("FormatNumber"),
            FieldType.Date => FormText.Vietnamese("FormatDate"),
            FieldType.DateTime => FormText.Vietnamese("FormatDateTime"),
            FieldType.Choice => Choices("FormatChoice", column),
            FieldType.MultiChoice => Choices("FormatMultiChoice", column),
            FieldType.Unit => FormText.Vietnamese("FormatUnit"),
            FieldType.Person => FormText.Vietnamese("FormatPerson"),
            FieldType.File => FormText.Vietnamese("FormatFile"),
            _ when column.MaxLength is { } max => FormText.Vietnamese("FormatTextMax", max.ToString(CultureInfo.InvariantCulture)),
            _ => FormText.Vietnamese("FormatText"),
        };

        // The catalog's pattern message is the rule in words ("có dạng ten@cantho.gov.vn").
        return column.PatternError is { } rule ? $"{text}.{LineBreak}{rule}" : text;
    }

    /// <summary>The published help and an example, as one explanation.</summary>
    public static string Explain(FormField column)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(column.Help)) parts.Add(column.Help);
        if (!string.IsNullOrWhiteSpace(column.Placeholder)) parts.Add(FormText.Vietnamese("HelpExample", column.Placeholder));
        return string.Join(LineBreak, parts);
    }

    // One choice a line: labels may contain commas ("Thôi việc, nghỉ việc").
    private static string Choices(string key, FormField column) =>
        string.Join(LineBreak, column.Choices.Select(c => "- " + c.Label).Prepend(FormText.Vietnamese(key)));
}
