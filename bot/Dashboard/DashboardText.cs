using InternalTthc.Core.Text;

namespace InternalTthc.Bot.Dashboard;

/// <summary>The dashboard's messages: DashboardTexts.resx (Vietnamese, the default) and DashboardTexts.en.resx.</summary>
internal static class DashboardText
{
    private static readonly ResourceTexts Texts = new("InternalTthc.Bot.Dashboard.DashboardTexts", typeof(DashboardText).Assembly);

    public static string Get(string key, params object[] args) => Texts.Vietnamese(key, args);
}
