using System.Text.RegularExpressions;

namespace InternalTthc.Core.Text;

/// <summary>
/// Hides personal data in text that is shown to others (personal-data protection, Nghị định 13/2023/NĐ-CP):
/// e-mail addresses and runs of 9 to 12 digits — phone numbers, citizen ID (CCCD/CMND) numbers — typed whole
/// or in groups ("0912 345 678"). Dates, document numbers and years are left as they are.
/// </summary>
public static partial class PersonalData
{
    public const string Hidden = "***";

    public static string Mask(string text) => DigitRun().Replace(Email().Replace(text, Hidden), Hidden);

    [GeneratedRegex(@"[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+")]
    private static partial Regex Email();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])\+?\d(?:[ .-]?\d){8,11}(?![\p{L}\p{N}])")]
    private static partial Regex DigitRun();
}
