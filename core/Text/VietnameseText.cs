using System.Globalization;
using System.Text;

namespace InternalTthc.Core.Text;

/// <summary>Vietnamese text helpers: people type with or without diacritics, composed or decomposed.</summary>
public static class VietnameseText
{
    /// <summary>Lower case, no diacritics (đ becomes d), single spaces: "Cấp lại  MẬT KHẨU" -> "cap lai mat khau".</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space) sb.Append(' ');
            space = false;
            sb.Append(c switch { 'đ' or 'Đ' => 'd', _ => char.ToLowerInvariant(c) });
        }

        return sb.ToString();
    }

    /// <summary>True when the text carries Vietnamese diacritics (or đ) at all.</summary>
    public static bool HasDiacritics(string text) => Fold(text) != string.Join(' ', text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
