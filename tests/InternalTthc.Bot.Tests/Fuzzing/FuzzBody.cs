using System.Net;

namespace InternalTthc.Bot.Tests.Fuzzing;

/// <summary>
/// A generated request body that knows whether it was sent whole. A server may answer a request it refuses (401, 413...)
/// without reading its body and close the connection, so the client's write breaks ("Broken pipe", "Connection reset"):
/// that is a refusal, counted as one. A connection that ends after the whole body was sent, without an answer, is a finding.
/// </summary>
public sealed class FuzzBody : HttpContent
{
    private readonly byte[] _bytes;

    public FuzzBody(byte[] bytes)
    {
        _bytes = bytes;
        Headers.ContentType = new("application/json");
    }

    public bool SentWhole { get; private set; }

    /// <summary>Sends this body with <paramref name="send"/> and says what the input got.</summary>
    public async Task<FuzzResult> SendAsync(Func<HttpContent, Task<HttpResponseMessage>> send, byte[] input)
    {
        ArgumentNullException.ThrowIfNull(send);
        try
        {
            using var response = await send(this);
            return FuzzResult.Of(response, input);
        }
        catch (HttpRequestException e) when (ClosedByServer(e))
        {
            return SentWhole
                ? new FuzzResult(0, $"the connection ended without an answer after the whole request was sent ({e.GetBaseException().Message}) for {FuzzResult.Preview(input)}")
                : FuzzResult.ClosedWhileSending;
        }
    }

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        await stream.WriteAsync(_bytes);
        await stream.FlushAsync();
        SentWhole = true;
    }

    protected override bool TryComputeLength(out long length)
    {
        length = _bytes.Length;
        return true;
    }

    private static bool ClosedByServer(Exception e)
    {
        for (Exception? inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is IOException)
            {
                return true;
            }
        }

        return false;
    }
}
