namespace InternalTthc.Core.Forms;

/// <summary>How much of an uploaded annex list is accepted.</summary>
/// <param name="MaxRows">Data rows at most; a rows field's own maxRows lowers it further.</param>
/// <param name="MaxBytes">Size of the uploaded file at most.</param>
public sealed record AnnexLimits(int MaxRows, long MaxBytes)
{
    /// <summary>What an annex of a few hundred people needs, with room to spare.</summary>
    public static AnnexLimits Default { get; } = new(1000, 5L * 1024 * 1024);

    /// <summary>
    /// Declared unpacked size of all parts at most: an .xlsx is a zip, and a few kilobytes can
    /// unpack to gigabytes (a zip bomb), so the size of the upload alone is no bound. Twenty times
    /// the upload limit is an absolute bound far above what a list of people needs.
    /// </summary>
    public long MaxUnpackedBytes => 20 * MaxBytes;
}
