using System.Globalization;
using System.IO.Compression;

namespace InternalTthc.Core.Forms;

/// <summary>Takes an uploaded file into memory within the limits and turns away what is plainly no .xlsx.</summary>
internal static class AnnexUpload
{
    // Password-protected .xlsx files and old .xls files are OLE compound files, not zip packages.
    private static ReadOnlySpan<byte> CompoundFileSignature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>The file's bytes, or the fault that stops reading it.</summary>
    public static AnnexFault? Load(Stream upload, AnnexLimits limits, out byte[] bytes)
    {
        bytes = [];
        if (upload.CanSeek && upload.Length - upload.Position > limits.MaxBytes) return TooLarge(limits.MaxBytes);

        // The length of a network stream is not known in advance: count while copying.
        using var memory = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = upload.Read(buffer)) > 0)
        {
            if (memory.Length + read > limits.MaxBytes) return TooLarge(limits.MaxBytes);
            memory.Write(buffer, 0, read);
        }

        if (memory.Length == 0) return AnnexFault.OfFile("EmptyFile");
        bytes = memory.ToArray();
        if (bytes.AsSpan().StartsWith(CompoundFileSignature)) return AnnexFault.OfFile("NotWorkbookEncrypted");
        return UnpackedSize(bytes) switch
        {
            null => AnnexFault.OfFile("NotWorkbook"),
            var size when size > limits.MaxUnpackedBytes => TooLarge(limits.MaxBytes),
            _ => null,
        };
    }

    /// <summary>The sizes the zip declares for its parts; null when it is no zip.</summary>
    private static long? UnpackedSize(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            return zip.Entries.Sum(e => e.Length);
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static AnnexFault TooLarge(long maxBytes)
    {
        var vi = CultureInfo.GetCultureInfo("vi");
        var size = maxBytes >= 1024 * 1024
            ? string.Format(vi, "{0:0.#} MB", maxBytes / (1024.0 * 1024))
            : string.Format(vi, "{0:0.#} KB", maxBytes / 1024.0);
        return AnnexFault.OfFile("TooLarge", size);
    }
}
