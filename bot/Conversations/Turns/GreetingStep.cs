using InternalTthc.Core.Conversations;

namespace InternalTthc.Bot.Conversations.Turns;

/// <summary>
/// A person is welcomed once per conversation: Teams sends both <c>installationUpdate</c> and <c>conversationUpdate</c>
/// when the app is installed, and again on every reinstall. A welcome already given ends the turn in silence.
/// Channels whose conversations end with the session (the terminal) welcome every session.
/// </summary>
public sealed class GreetingStep(IGreetingLog greetings, TimeProvider clock) : ITurnStep
{
    public static bool Concerns(Turn turn) => turn.Joined;

    public async Task<bool> HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (!turn.Channel.KeepsConversations
            || turn.Activity is not { ChannelId: { } channelId, Conversation.Id: { } conversationId, From.Id: { } accountId })
        {
            return false;
        }

        var first = await greetings.TryGreetAsync(new ConversationGreeting
        {
            ChannelId = channelId, ConversationId = conversationId, AccountId = accountId, GreetedAt = clock.GetUtcNow(),
        }, cancellationToken);
        return !first;
    }
}
