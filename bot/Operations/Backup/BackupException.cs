namespace InternalTthc.Bot.Operations.Backup;

/// <summary>A backup or restore that cannot go on, with the Vietnamese reason for the operator.</summary>
public sealed class BackupException(string message) : Exception(message);
