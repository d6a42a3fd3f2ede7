using System.Globalization;
using System.Resources;

namespace InternalTthc.Core.Forms;

/// <summary>Messages for refused answers: ValidationTexts.resx (Vietnamese, the default) and ValidationTexts.en.resx.</summary>
public static class ValidationText
{
    // ResourceManager is thread-safe and read-only from the outside: a shared reader, not mutable state.
    private static readonly ResourceManager Resources = new("InternalTthc.Core.Forms.ValidationTexts", typeof(ValidationText).Assembly);

    public static string Get(string key, params object[] args) => Get(CultureInfo.GetCultureInfo("vi"), key, args);

    public static string Get(CultureInfo culture, string key, params object[] args)
    {
        var text = Resources.GetString(key, culture) ?? throw new InvalidOperationException($"Missing validation text '{key}'.");
        return args.Length == 0 ? text : string.Format(culture, text, args);
    }
}
