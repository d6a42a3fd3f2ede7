using InternalTthc.Core.Text;

namespace InternalTthc.Bot.Administration;

/// <summary>Texts of the administration verbs and page, from AdminTexts.resx (Vietnamese) and its English twin.</summary>
internal static class AdminText
{
    private static readonly ResourceTexts Texts = new("InternalTthc.Bot.Administration.AdminTexts", typeof(AdminText).Assembly);

    public static string Vietnamese(string key, params object[] args) => Texts.Vietnamese(key, args);
}
