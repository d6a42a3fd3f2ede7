namespace InternalTthc.Core.Files;

/// <summary>
/// Keeps files people send (chat attachments) grouped by an area such as a conversation id. Who may read
/// them is decided by the caller; the store only keeps areas apart and names safe.
/// </summary>
public interface IFileStore
{
    /// <summary>Saves <paramref name="content"/>; throws <see cref="FileTooLargeException"/> past <paramref name="maxBytes"/> and keeps nothing.</summary>
    Task<StoredFile> SaveAsync(string area, string name, string contentType, Stream content, long maxBytes, CancellationToken cancellationToken);

    /// <summary>The file <paramref name="id"/> of <paramref name="area"/>, or null when there is none.</summary>
    Task<OpenedFile?> OpenAsync(string area, string id, CancellationToken cancellationToken);

    /// <summary>Removes a file (one saved for a request that was then refused); nothing happens when it is absent.</summary>
    Task DeleteAsync(string area, string id, CancellationToken cancellationToken);
}
