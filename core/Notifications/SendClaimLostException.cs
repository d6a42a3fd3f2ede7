namespace InternalTthc.Core.Notifications;

/// <summary>
/// A row's send claim is no longer good enough to send on (too old, or taken over by another instance): nothing was sent,
/// and the dispatcher leaves the row to whoever holds its claim without counting an attempt.
/// </summary>
public sealed class SendClaimLostException(string message) : Exception(message);
