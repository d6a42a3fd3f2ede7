namespace InternalTthc.Bot.Conversations.Files;

/// <summary>The bytes of a file someone handed in, being read; disposing it closes the stream and what carries it.</summary>
/// <param name="Length">The size the source announced, when it did.</param>
public sealed class AttachmentContent(Stream content, long? length, IDisposable? carrier = null) : IAsyncDisposable
{
    public Stream Content { get; } = content;

    public long? Length { get; } = length;

    public async ValueTask DisposeAsync()
    {
        await Content.DisposeAsync();
        carrier?.Dispose();
    }
}
