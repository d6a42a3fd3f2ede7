namespace InternalTthc.Bot.Operations;

/// <summary>This process as the store's list of running instances names it: machine and process id.</summary>
public static class InstanceIdentity
{
    public static string Host { get; } = Environment.MachineName[..Math.Min(60, Environment.MachineName.Length)];

    public static string Id { get; } = $"{Host}:{Environment.ProcessId}";
}
