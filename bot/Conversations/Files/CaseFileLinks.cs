using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using InternalTthc.Bot.Channels.DirectLine.Tokens;
using InternalTthc.Bot.Hosting;
using Microsoft.Extensions.Options;

namespace InternalTthc.Bot.Conversations.Files;

/// <summary>
/// Download links of case files (and of what is drawn from a case: its annex lists as .xlsx), signed for one person:
/// HMAC-SHA256 over the case code, the resource, the person and the expiry, with a key derived from the Direct Line
/// token key (DirectLine:TokenSecret). The link itself authorises, so it works where our sign-in cookie does not go
/// (Teams); it stops working after Files:LinkLifetime.
/// </summary>
public sealed class CaseFileLinks(DirectLineSigningKey signingKey, PublicAddress address, IOptions<CaseFileOptions> options, TimeProvider clock)
{
    // A key of its own: a Direct Line token's signature can never pass for a link's, nor the reverse.
    private readonly byte[] _key = HMACSHA256.HashData(signingKey.Key.Key, "internaltthc case file links"u8);

    /// <summary>The resource of a file kept with a case.</summary>
    public static string FileResource(string fileId) => $"files/{fileId}";

    /// <summary>The resource of one annex list of a case's request, as .xlsx.</summary>
    public static string AnnexResource(string fieldName) => $"annex/{fieldName}.xlsx";

    /// <summary>What a hand-off file's link signs in place of a case code (a case code never holds a '/').</summary>
    public static string HandoffSubject(Guid handoffId) => $"handoff/{handoffId:N}";

    public Uri For(string caseCode, string fileId, Guid personId) => Link(caseCode, FileResource(fileId), personId);

    /// <summary>A link to <c>cases/{code}/{resource}</c> for one person.</summary>
    public Uri Link(string caseCode, string resource, Guid personId) =>
        Signed($"cases/{Uri.EscapeDataString(caseCode)}/{resource}", caseCode, resource, personId);

    /// <summary>A file passed during a hand-off, for one of its two sides (<c>GET /handoffs/{id}/files/{file}</c>).</summary>
    public Uri ForHandoff(Guid handoffId, string fileId, Guid personId) =>
        Signed($"handoffs/{handoffId:N}/files/{fileId}", HandoffSubject(handoffId), fileId, personId);

    private Uri Signed(string path, string subject, string resource, Guid personId)
    {
        var expires = (clock.GetUtcNow() + options.Value.LinkLifetime).ToUnixTimeSeconds();
        return address.Link(string.Create(CultureInfo.InvariantCulture, $"{path}?p={personId:N}&e={expires}&s={Sign(subject, resource, personId, expires)}"));
    }

    /// <summary>
    /// The person a link was made for (<paramref name="caseCode"/>: the case's code or a hand-off's subject); null when it
    /// is altered, made for another resource, or expired.
    /// </summary>
    public Guid? Check(string caseCode, string resource, string? person, string? expires, string? signature)
    {
        if (!Guid.TryParseExact(person, "N", out var personId)
            || !long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var expiresAt)
            || signature is null || clock.GetUtcNow().ToUnixTimeSeconds() >= expiresAt)
        {
            return null;
        }

        var expected = Encoding.ASCII.GetBytes(Sign(caseCode, resource, personId, expiresAt));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature)) ? personId : null;
    }

    private string Sign(string caseCode, string resource, Guid personId, long expires) =>
        Base64Url.EncodeToString(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(
            string.Create(CultureInfo.InvariantCulture, $"{caseCode.ToUpperInvariant()}\n{resource}\n{personId:N}\n{expires}"))));
}
