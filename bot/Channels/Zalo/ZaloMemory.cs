namespace InternalTthc.Bot.Channels.Zalo;

/// <summary>
/// What the channel keeps of Zalo's answers between messages, in memory and bounded: the names users linked to nobody show
/// (read once a day, not at every message) and the upload ids of stored files (a file shown again is not uploaded again).
/// </summary>
public sealed class ZaloMemory(TimeProvider clock)
{
    private const int Capacity = 10_000;

    /// <summary>By Zalo user id; null when Zalo gave no name or could not be asked.</summary>
    public BoundedCache<string, string?> Names { get; } = new(Capacity, clock);

    /// <summary>By the stored file's key ("area/id"): the <c>attachment_id</c> or <c>token</c> Zalo gave for it.</summary>
    public BoundedCache<string, string> Uploads { get; } = new(Capacity, clock);

    public static string UploadKey(StoredFileRef file) => $"{file.Area}/{file.Id}";
}
