using System.Text.RegularExpressions;

namespace InternalTthc.Core.Text;

/// <summary>Vietnamese phone numbers in one form: the digits, starting with 0 ("+84 912 345 678", "84912345678" -> "0912345678").</summary>
public static partial class PhoneNumbers
{
    /// <summary>The number's digits from 0, 10 or 11 of them; null when the text is not a phone number.</summary>
    public static string? Normalize(string? text)
    {
        if (text is null) return null;
        var digits = Noise().Replace(text, "");
        if (digits.StartsWith("+84", StringComparison.Ordinal)) digits = "0" + digits[3..];
        else if (digits.StartsWith("84", StringComparison.Ordinal) && digits.Length == 11) digits = "0" + digits[2..];
        return digits.All(char.IsAsciiDigit) && digits.StartsWith('0') && digits.Length is 10 or 11 ? digits : null;
    }

    [GeneratedRegex(@"[\s.\-()]")]
    private static partial Regex Noise();
}
