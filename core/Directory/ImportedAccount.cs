namespace InternalTthc.Core.Directory;

/// <summary>A chat account to link to an imported person: the Bot Framework channel id and the user's id there.</summary>
public sealed record ImportedAccount(string ChannelId, string AccountId);
