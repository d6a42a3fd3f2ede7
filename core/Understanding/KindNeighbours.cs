using InternalTthc.Core.Catalog;

namespace InternalTthc.Core.Understanding;

/// <summary>
/// For a kind of request a province does not offer, the kinds that come closest, closest first: a
/// forgotten password is helped by opening the mailbox again, by changing its details, or by a
/// support request. Common to every province, like the kinds themselves.
/// </summary>
internal static class KindNeighbours
{
    public static IReadOnlyList<RequestKind> Of(RequestKind kind) => kind switch
    {
        RequestKind.MailboxNew => [RequestKind.MailboxChange, RequestKind.SystemAccount],
        RequestKind.MailboxChange => [RequestKind.MailboxNew, RequestKind.MailboxRevoke],
        RequestKind.MailboxRevoke => [RequestKind.MailboxChange, RequestKind.SystemAccount],
        RequestKind.Password => [RequestKind.Restore, RequestKind.MailboxChange, RequestKind.SystemSupport],
        RequestKind.Restore => [RequestKind.Password, RequestKind.MailboxChange, RequestKind.SystemSupport],
        RequestKind.SystemAccount => [RequestKind.SystemSupport, RequestKind.MailboxNew],
        RequestKind.SystemSupport => [RequestKind.Incident, RequestKind.SystemAccount],
        RequestKind.Incident => [RequestKind.SystemSupport, RequestKind.Restore],
        RequestKind.Dti => [RequestKind.Question],
        RequestKind.Question => [RequestKind.SystemSupport],
        _ => [],
    };
}
