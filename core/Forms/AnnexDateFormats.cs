using System.Text.RegularExpressions;

namespace InternalTthc.Core.Forms;

/// <summary>Which number formats show a date: Excel stores dates as day numbers and only the format tells.</summary>
internal static partial class AnnexDateFormats
{
    public static bool IsDate(uint formatId, string? formatCode) => formatCode is null
        ? formatId is (>= 14 and <= 17) or 22
        // Day or year tokens outside quoted text, [colour]/[locale] sections and escaped characters;
        // "m" alone may be minutes, so it does not count.
        : Tokens().Replace(formatCode, "").Any(c => c is 'd' or 'D' or 'y' or 'Y');

    [GeneratedRegex("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.|_.|\\*.")]
    private static partial Regex Tokens();
}
