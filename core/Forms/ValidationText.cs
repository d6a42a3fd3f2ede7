using System.Globalization;
using InternalTthc.Core.Text;

namespace InternalTthc.Core.Forms;

/// <summary>Messages for refused answers: ValidationTexts.resx (Vietnamese, the default) and ValidationTexts.en.resx.</summary>
public static class ValidationText
{
    private static readonly ResourceTexts Texts = new("InternalTthc.Core.Forms.ValidationTexts", typeof(ValidationText).Assembly);

    public static string Get(string key, params object[] args) => Texts.Vietnamese(key, args);

    public static string Get(CultureInfo culture, string key, params object[] args) => Texts.Get(culture, key, args);
}
