using System.Text.Json;

namespace InternalTthc.Bot.Handoff.Console;

/// <summary>
/// The agents' ready-made answers, per jurisdiction, from a data file (<c>Handoff:CannedRepliesFile</c>, default
/// <c>handoff/canned-replies.json</c> beside the binaries): those of the agent's jurisdiction, then the common ones.
/// </summary>
public sealed class CannedReplies
{
    private const string Common = "default";
    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> _byJurisdiction;

    public CannedReplies(IConfiguration configuration, ILogger<CannedReplies> logger)
    {
        var file = configuration["Handoff:CannedRepliesFile"] is { Length: > 0 } configured
            ? Path.GetFullPath(configured, AppContext.BaseDirectory) : Path.Combine(AppContext.BaseDirectory, "handoff", "canned-replies.json");
        try
        {
            _byJurisdiction = JsonSerializer.Deserialize<Dictionary<string, List<string>>>(File.ReadAllText(file))!
                .ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value, StringComparer.OrdinalIgnoreCase);
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException or NullReferenceException)
        {
            // The console works without them; the administrator reads why.
            logger.LogWarning(e, "Canned replies could not be read from {File}; the console offers none.", file);
            _byJurisdiction = new Dictionary<string, IReadOnlyList<string>>();
        }
    }

    public IReadOnlyList<string> For(string? jurisdictionCode) =>
        [.. (jurisdictionCode is not null && _byJurisdiction.TryGetValue(jurisdictionCode, out var own) ? own : []), .. _byJurisdiction.GetValueOrDefault(Common) ?? []];
}
