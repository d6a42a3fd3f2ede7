using System.Globalization;
using InternalTthc.Core.Text;

namespace InternalTthc.Core.Documents;

/// <summary>The fixed wording of official documents: DocumentTexts.resx (Vietnamese, the default) and DocumentTexts.en.resx.</summary>
internal static class DocumentText
{
    private static readonly ResourceTexts Texts = new("InternalTthc.Core.Documents.DocumentTexts", typeof(DocumentText).Assembly);

    public static string Get(string key, params object[] args) => Texts.Vietnamese(key, args);

    internal static IEnumerable<string> Keys(CultureInfo culture) => Texts.Keys(culture);
}
