using InternalTthc.Core.Text;

namespace InternalTthc.Core.Directory;

/// <summary>Texts of the directory import from DirectoryTexts.resx (Vietnamese) and its English twin.</summary>
internal static class DirectoryText
{
    private static readonly ResourceTexts Texts = new("InternalTthc.Core.Directory.DirectoryTexts", typeof(DirectoryText).Assembly);

    public static string Vietnamese(string key, params object[] args) => Texts.Vietnamese(key, args);

    public static string English(string key, params object[] args) => Texts.English(key, args);
}
