using System.Globalization;
using InternalTthc.Core.Text;

namespace InternalTthc.Core.Cases;

/// <summary>
/// Names of statuses and actions, and the reasons the workflow refuses something, from CaseTexts.resx (Vietnamese)
/// and CaseTexts.en.resx, in the language of the person they are written for (<see cref="ResourceTexts.Current"/>).
/// </summary>
public static class CaseTexts
{
    private static readonly ResourceTexts Texts = new("InternalTthc.Core.Cases.CaseTexts", typeof(CaseTexts).Assembly);

    public static string Status(CaseStatus status) => Texts.Get($"Status_{status}");

    public static string Action(CaseAction action) => Texts.Get($"Action_{action}");

    /// <summary>A reason or message of the cases' own (the workflow's refusals, filing and rating faults).</summary>
    public static string Get(string key, params object[] args) => Texts.Get(key, args);

    /// <summary>Every key of one culture's own file, for the test that English has them all.</summary>
    internal static IEnumerable<string> Keys(CultureInfo culture) => Texts.Keys(culture);
}
