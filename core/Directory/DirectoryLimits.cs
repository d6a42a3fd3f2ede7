using InternalTthc.Core.Forms;

namespace InternalTthc.Core.Directory;

/// <summary>How large a directory file may be: a province's whole staff list with room to spare.</summary>
public static class DirectoryLimits
{
    public const int MaxRows = 20_000;
    public const long MaxBytes = 20L * 1024 * 1024;

    internal static AnnexLimits Spreadsheet { get; } = new(MaxRows, MaxBytes);
}
