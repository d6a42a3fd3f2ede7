using InternalTthc.Bot.Channels;
using InternalTthc.Bot.Conversations.Files;
using InternalTthc.Bot.Hosting;
using InternalTthc.Cards.Cases;
using InternalTthc.Cards.Model;
using InternalTthc.Cards.Texts;
using InternalTthc.Core.Cases;

namespace InternalTthc.Bot.CaseWeb;

/// <summary>
/// A case view's links for one reader, each signed for him (<see cref="CaseFileLinks"/>): the files, the annex lists as
/// .xlsx, the request letter and the result notice as .docx; and the case page, which only the sign-in opens, with its QR code.
/// </summary>
public sealed class CaseLinks(CaseFileLinks links, PublicAddress address, TimeProvider clock)
{
    public const string LetterResource = "documents/cong-van-de-nghi.docx";
    public const string NoticeResource = "documents/thong-bao-ket-qua.docx";

    /// <summary>Cases whose page's QR code is kept: a new case's card is drawn for its requester and again for each person told.</summary>
    private const int KeptQrCodes = 1024;

    // The code depends on the page's address alone, which never changes for a case: drawn once, not for every card.
    private readonly BoundedCache<string, string> _qrCodes = new(KeptQrCodes, clock);

    public static string PagePath(string code) => $"ho-so/{Uri.EscapeDataString(code)}";

    public CaseView Add(CaseView view, Case c, string code, Guid viewerId)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(c);
        var tables = view.Content?.Tables ?? [];
        var page = address.Link(PagePath(code));
        return view with
        {
            Files = Files(c.Attachments, code, viewerId),
            // The result files may go to him as files of their own where his channel sends files (Zalo); the rest stay links.
            ResultFiles = Files(c.Result?.Files ?? [], code, viewerId, deliverable: true),
            AnnexLinks = tables.ToDictionary(t => t.FieldName, t => links.Link(code, CaseFileLinks.AnnexResource(t.FieldName), viewerId)),
            Documents =
            [
                new CaseLink(CardText.Get("CaseLetterLink"), links.Link(code, LetterResource, viewerId)),
                .. tables.Select((t, i) => new CaseLink(CardText.Get("CaseAnnexLink", null, i + 1), links.Link(code, CaseFileLinks.AnnexResource(t.FieldName), viewerId))),
                .. c.Status is CaseStatus.Resolved or CaseStatus.Rejected && c.Result?.Responder is null
                    ? [new CaseLink(CardText.Get("CaseNoticeLink"), links.Link(code, NoticeResource, viewerId))] : Array.Empty<CaseLink>(),
            ],
            Page = new CaseLink(CardText.ForCase(c.IsQuestion, "CasePageLink"), page),
            PageQrCode = QrCode(page),
        };
    }

    private string QrCode(Uri page)
    {
        var key = page.ToString();
        if (!_qrCodes.TryGet(key, out var drawn))
        {
            drawn = CaseQrCode.DataUrl(page);
            _qrCodes.Set(key, drawn, TimeSpan.FromHours(1));
        }

        return drawn;
    }

    /// <summary>The reader's own links to the files kept with the case (files named by a link of old are left out).</summary>
    private IReadOnlyList<CaseFileView> Files(IEnumerable<CaseFile> files, string code, Guid viewerId, bool deliverable = false) =>
        [.. files.Select(f => (File: f, Stored: CaseFileIntake.Split(f))).Where(f => f.Stored is not null)
            .Select(f => new CaseFileView(f.File.FileName, f.File.Size, links.For(code, f.Stored!.Value.Id, viewerId),
                deliverable ? new CardFile(f.Stored.Value.Area, f.Stored.Value.Id, f.File.FileName, f.File.ContentType, f.File.Size) : null))];
}
