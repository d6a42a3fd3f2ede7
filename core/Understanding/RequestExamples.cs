using InternalTthc.Core.Catalog;

namespace InternalTthc.Core.Understanding;

/// <summary>
/// Examples of what to type, taken only from the kinds the given procedures serve, so help never
/// suggests a request the person's catalog cannot serve ("cấp lại mật khẩu email" where no password
/// procedure exists).
/// </summary>
public static class RequestExamples
{
    /// <summary>The kinds whose examples help most, first.</summary>
    private static readonly RequestKind[] Preferred =
    [
        RequestKind.Password, RequestKind.MailboxNew, RequestKind.Incident, RequestKind.Restore, RequestKind.SystemAccount,
        RequestKind.MailboxRevoke, RequestKind.Dti, RequestKind.SystemSupport, RequestKind.MailboxChange, RequestKind.Question,
    ];

    public static IReadOnlyList<string> For(IEnumerable<Procedure> offered, int max = 2)
    {
        var kinds = offered.SelectMany(p => p.Kinds).ToHashSet();
        return [.. Preferred.Where(kinds.Contains).Take(max).Select(UnderstandingLabels.Example)];
    }
}
