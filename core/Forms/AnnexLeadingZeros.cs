using System.Collections.Frozen;

namespace InternalTthc.Core.Forms;

/// <summary>
/// Puts back the leading zeros a number cell cannot hold — only where the numbering plan makes
/// the lost digits certain. Anything else is left as it is for the cell check to report.
/// </summary>
internal static class AnnexLeadingZeros
{
    // Province codes that open a CCCD / personal identification number (Thông tư 07/2016/TT-BCA):
    // all begin with 0, those of 001–008 with 00.
    private static readonly FrozenSet<string> ProvinceCodes = new[]
    {
        "001", "002", "004", "006", "008", "010", "011", "012", "014", "015", "017", "019", "020", "022", "024", "025",
        "026", "027", "030", "031", "033", "034", "035", "036", "037", "038", "040", "042", "044", "045", "046", "048",
        "049", "051", "052", "054", "056", "058", "060", "062", "064", "066", "067", "068", "070", "072", "074", "075",
        "077", "079", "080", "082", "083", "084", "086", "087", "089", "091", "092", "093", "094", "095", "096",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Every Vietnamese number in national form starts with the trunk prefix 0: mobiles are 0 and
    /// nine digits from 3, 5, 7, 8 or 9; landlines are 0, an area code 2x(x) and the subscriber,
    /// eleven digits in all. Nine or ten digits that fit are the same number without its 0.
    /// </summary>
    public static string Phone(string digits) => IsDigits(digits) && digits switch
    {
        { Length: 9 } => digits[0] is '3' or '5' or '7' or '8' or '9',
        { Length: 10 } => digits[0] == '2',
        _ => false,
    } ? "0" + digits : digits;

    /// <summary>Twelve digits whose first three are a province code: ten or eleven digits are padded only when that code is real.</summary>
    public static string CitizenId(string digits)
    {
        if (!IsDigits(digits) || digits.Length is not (10 or 11)) return digits;
        var padded = digits.PadLeft(12, '0');
        return ProvinceCodes.Contains(padded[..3]) ? padded : digits;
    }

    private static bool IsDigits(string text) => text.Length > 0 && text.All(char.IsAsciiDigit);
}
