namespace InternalTthc.Core.Files;

/// <summary>Copies a stream of unknown length (an upload, a download) without ever taking more than a cap.</summary>
public static class LimitedCopy
{
    /// <summary>The number of bytes copied; <see cref="FileTooLargeException"/> as soon as the source goes past <paramref name="maxBytes"/>.</summary>
    public static async Task<long> CopyAsync(Stream source, Stream target, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
        {
            total += read;
            if (total > maxBytes)
            {
                throw new FileTooLargeException(maxBytes);
            }

            await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }

        return total;
    }
}
