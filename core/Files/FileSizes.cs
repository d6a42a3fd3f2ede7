using System.Globalization;

namespace InternalTthc.Core.Files;

/// <summary>A size as people read it, Vietnamese style: "10 MB", "2,5 KB".</summary>
public static class FileSizes
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi");

    public static string Format(long bytes) => bytes >= 1024 * 1024
        ? string.Create(Vi, $"{bytes / (1024.0 * 1024.0):0.#} MB")
        : string.Create(Vi, $"{bytes / 1024.0:0.#} KB");
}
