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

    /// <summary>A phone or citizen ID number with only its last three digits shown ("***678"), so a reader can still tell two apart.</summary>
    public static string MaskNumber(string number) => number.Length <= 3 ? Hidden : Hidden + number[^3..];

    [GeneratedRegex(@"[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+")]
    private static partial Regex Email();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])\+?\d(?:[ .-]?\d){8,11}(?![\p{L}\p{N}])")]
    private static partial Regex DigitRun();
}
