using System.Globalization;
using InternalTthc.Core.Text;

namespace InternalTthc.Core.Reports;

/// <summary>The dashboard's texts: ReportTexts.resx (Vietnamese, the default) and ReportTexts.en.resx.</summary>
public static class ReportText
{
    private static readonly ResourceTexts Texts = new("InternalTthc.Core.Reports.ReportTexts", typeof(ReportText).Assembly);

    public static string Get(string key, params object[] args) => Texts.Vietnamese(key, args);

    internal static IEnumerable<string> Keys(CultureInfo culture) => Texts.Keys(culture);
}
