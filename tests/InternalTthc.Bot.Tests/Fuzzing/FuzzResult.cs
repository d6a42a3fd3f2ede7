namespace InternalTthc.Bot.Tests.Fuzzing;

/// <summary>
/// What one input got: a status (0 for an in-process reader, or a connection the server closed), and a finding when the
/// service failed on it (with enough to reproduce).
/// </summary>
public sealed record FuzzResult(int Status, string? Finding = null, bool Closed = false)
{
    /// <summary>The server closed the connection while the body was still being sent: it refused the request unread.</summary>
    public static FuzzResult ClosedWhileSending { get; } = new(0, Closed: true);

    /// <summary>The service said no: a 4xx, or a connection closed on the body.</summary>
    public bool Refused => Closed || Status is >= 400 and < 500;

    public static FuzzResult Of(HttpResponseMessage response, byte[] input)
    {
        ArgumentNullException.ThrowIfNull(response);
        var status = (int)response.StatusCode;
        // 501 is the protocol's answer to an invoke no handler takes: by design.
        return status >= 500 && status != 501 ? new FuzzResult(status, $"{status} for {Preview(input)}") : new FuzzResult(status);
    }

    public static string Preview(byte[] input) =>
        Convert.ToBase64String(input.AsSpan(0, Math.Min(input.Length, 600)));
}
