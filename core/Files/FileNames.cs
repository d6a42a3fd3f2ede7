using System.Security.Cryptography;
using System.Text;

namespace InternalTthc.Core.Files;

/// <summary>Turns names from outside into names safe on any disk: no folders, no control or reserved characters.</summary>
public static class FileNames
{
    private const int MaxLength = 100;
    private static readonly char[] Reserved = ['<', '>', ':', '"', '/', '\\', '|', '?', '*'];

    /// <summary>The last path segment of <paramref name="name"/> without dangerous characters; "tep" when nothing is left.</summary>
    public static string Sanitize(string? name)
    {
        var last = (name ?? string.Empty).Split('/', '\\').Last();
        var kept = new StringBuilder(last.Length);
        foreach (var c in last.Normalize(NormalizationForm.FormC))
        {
            kept.Append(char.IsControl(c) || Reserved.Contains(c) ? '_' : c);
        }

        // Leading dots would make hidden files or "..", trailing dots and spaces are dropped by Windows.
        var cleaned = kept.ToString().Trim().Trim('.').Trim();
        if (cleaned.Length > MaxLength)
        {
            var extension = Path.GetExtension(cleaned);
            cleaned = cleaned[..(MaxLength - Math.Min(extension.Length, 20))] + extension[..Math.Min(extension.Length, 20)];
        }

        return cleaned.Length == 0 ? "tep" : cleaned;
    }

    /// <summary>A folder name for an area: itself when plainly safe, otherwise a hash of it.</summary>
    public static string AreaFolder(string area) =>
        area.Length is > 0 and <= 64 && area.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            ? area
            : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(area)));
}
