using System.Text;
using InternalTthc.Core.Catalog;

namespace InternalTthc.Core.Forms;

/// <summary>Sheet names from field labels, within Excel's rules: at most 31 characters, none of []:*?/\.</summary>
internal static class AnnexSheetName
{
    public const int MaxLength = 31;

    private const string Forbidden = "[]:*?/\\";

    public static string For(FormField field)
    {
        var words = new string([.. field.Label.Normalize(NormalizationForm.FormC).Select(c => Forbidden.Contains(c) ? ' ' : c)])
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

        // Whole words read better than a label cut mid-word; a first word over the limit is cut.
        var name = "";
        foreach (var word in words)
        {
            var longer = name.Length == 0 ? word : $"{name} {word}";
            if (longer.Length > MaxLength) break;
            name = longer;
        }

        if (name.Length == 0 && words.Length > 0) name = words[0][..MaxLength];

        // Excel refuses a name that starts or ends with an apostrophe.
        name = name.Trim('\'', ' ');
        var help = FormText.Vietnamese("HelpSheetName");
        return name.Length == 0 || string.Equals(name, help, StringComparison.OrdinalIgnoreCase)
            ? FormText.Vietnamese("DefaultSheetName")
            : name;
    }
}
