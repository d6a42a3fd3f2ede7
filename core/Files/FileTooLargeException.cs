namespace InternalTthc.Core.Files;

/// <summary>A file was larger than the limit it was saved under.</summary>
public sealed class FileTooLargeException(long maxBytes)
    : Exception($"The file is larger than {maxBytes} bytes.")
{
    public long MaxBytes { get; } = maxBytes;
}
