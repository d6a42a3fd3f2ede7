namespace InternalTthc.Core.Files;

/// <summary>
/// What a file is, judged by its extension and, where that is cheap, its first bytes: the content type kept for it
/// comes from the extension, never from what the sender declared.
/// </summary>
public static class FileKinds
{
    /// <summary>The longest signature: how many first bytes <see cref="Matches"/> wants to see.</summary>
    public const int HeadLength = 8;

    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] EmptyZip = [0x50, 0x4B, 0x05, 0x06];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static readonly Dictionary<string, (string ContentType, byte[][] Signatures)> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["pdf"] = ("application/pdf", [Pdf]),
        ["doc"] = ("application/msword", [Ole]),
        ["xls"] = ("application/vnd.ms-excel", [Ole]),
        ["docx"] = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", [Zip]),
        ["xlsx"] = ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", [Zip]),
        ["odt"] = ("application/vnd.oasis.opendocument.text", [Zip]),
        ["ods"] = ("application/vnd.oasis.opendocument.spreadsheet", [Zip]),
        ["zip"] = ("application/zip", [Zip, EmptyZip]),
        ["jpg"] = ("image/jpeg", [Jpeg]),
        ["jpeg"] = ("image/jpeg", [Jpeg]),
        ["png"] = ("image/png", [Png]),
    };

    /// <summary>The extension of a name, lower case and without its dot; empty when it has none.</summary>
    public static string Extension(string name) => Path.GetExtension(name).TrimStart('.').ToLowerInvariant();

    /// <summary>The content type of files with this extension; <c>application/octet-stream</c> for one without a known type.</summary>
    public static string ContentType(string extension) =>
        Known.TryGetValue(extension, out var kind) ? kind.ContentType : "application/octet-stream";

    /// <summary>
    /// Whether the first bytes of a file fit its extension (a PDF starts with %PDF-, a docx is a zip...). An extension
    /// without a known signature is taken at its word.
    /// </summary>
    public static bool Matches(string extension, ReadOnlySpan<byte> head)
    {
        if (!Known.TryGetValue(extension, out var kind))
        {
            return true;
        }

        foreach (var signature in kind.Signatures)
        {
            if (head.StartsWith(signature))
            {
                return true;
            }
        }

        return false;
    }
}
