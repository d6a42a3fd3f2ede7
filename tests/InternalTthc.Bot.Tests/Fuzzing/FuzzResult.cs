namespace InternalTthc.Bot.Tests.Fuzzing;

/// <summary>What one input got: a status, and a finding when the service failed on it (with enough to reproduce).</summary>
public sealed record FuzzResult(int Status, string? Finding = null)
{
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
