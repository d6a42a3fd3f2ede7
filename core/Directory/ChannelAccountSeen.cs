namespace InternalTthc.Core.Directory;

/// <summary>
/// Who writes, as one query reads it: the channel account, the active person it is linked to with his roles (his unit
/// is read with them), and whether messages wait for his first contact. <see cref="Person"/> is null when the account is
/// linked to nobody or to someone no longer active.
/// </summary>
public sealed record ChannelAccountSeen(ChannelAccount Account, PersonRoles? Person, bool MessagesAwaitContact);
