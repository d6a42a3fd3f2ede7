using System.Globalization;
using System.Text.RegularExpressions;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Text;

namespace InternalTthc.Core.Tests.Cases;

/// <summary>Statuses, actions and the workflow's refusals come from resources, in the language of the person they are for.</summary>
public sealed class CaseTextsTests
{
    [Fact]
    public void Every_Vietnamese_case_text_has_an_English_one_with_the_same_placeholders_and_every_status_and_action_is_named()
    {
        var vietnamese = CaseTexts.Keys(CultureInfo.InvariantCulture).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(vietnamese, CaseTexts.Keys(ResourceTexts.En).Order(StringComparer.Ordinal));
        Assert.Subset(vietnamese.ToHashSet(), Enum.GetNames<CaseStatus>().Select(s => $"Status_{s}").Concat(Enum.GetNames<CaseAction>().Select(a => $"Action_{a}")).ToHashSet());
        var args = Enumerable.Range(0, 4).Select(i => (object)$"<{i}>").ToArray();
        foreach (var key in vietnamese)
        {
            Assert.Equal(Placeholders(Text(ResourceTexts.Vi, key, args)), Placeholders(Text(ResourceTexts.En, key, args)));
        }
    }

    [Fact]
    public async Task A_refusal_is_written_in_Vietnamese_unless_the_person_chose_English_whatever_the_machines_culture()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US"); // a client or a server set so is no choice
        Assert.Equal("Bạn không có quyền thực hiện việc \"tiếp nhận\" đối với hồ sơ này.", CaseWorkflow.WhyNot(CaseAction.Receive, CaseStatus.Submitted, CaseRole.Requester));

        await Task.Run(() =>
        {
            ResourceTexts.Use("en");
            Assert.Equal("You cannot do \"receive\" while the case is \"Resolved\".", CaseWorkflow.WhyNot(CaseAction.Receive, CaseStatus.Resolved, CaseRole.ExecutingAgent));
            Assert.Equal("Draft", CaseTexts.Status(CaseStatus.Draft));
        }, TestContext.Current.CancellationToken);
        Assert.Equal("Đang soạn", CaseTexts.Status(CaseStatus.Draft));
    }

    private static string Text(CultureInfo culture, string key, object[] args)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return CaseTexts.Get(key, args);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    private static List<string> Placeholders(string text) => [.. Regex.Matches(text, "<[0-9]>").Select(m => m.Value).Order(StringComparer.Ordinal)];
}
