using InternalTthc.Bot.Channels.DirectLine.Tokens;
using InternalTthc.Core.Conversations;

namespace InternalTthc.Bot.Channels.DirectLine.Conversations;

/// <summary>A caller let into a conversation (its token's identity and the stored conversation), or the refusal to send.</summary>
public sealed record DirectLineAccess(DirectLineIdentity? Identity, ChatConversation? Conversation, IResult? Refusal)
{
    public static DirectLineAccess Refused(IResult refusal) => new(null, null, refusal);
}
