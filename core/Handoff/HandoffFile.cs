using System.Text.Json;

namespace InternalTthc.Core.Handoff;

/// <summary>A file passed during a hand-off: its id in the hand-off's area of the file store, its name, type and size (0 when kept before sizes were).</summary>
public sealed record HandoffFile(string Id, string Name, string ContentType, long Size = 0)
{
    /// <summary>The file store's area of one hand-off's files.</summary>
    public static string Area(Guid handoffId) => $"handoff-{handoffId:N}";

    public static string Write(IReadOnlyList<HandoffFile> files) => JsonSerializer.Serialize(files);

    public static IReadOnlyList<HandoffFile> Read(string json) => JsonSerializer.Deserialize<List<HandoffFile>>(json) ?? [];
}
