namespace InternalTthc.Core.Conversations;

/// <summary>Who was greeted where, across restarts and instances.</summary>
public interface IGreetingLog
{
    /// <summary>True the first time the person is greeted in the conversation; false when he already was.</summary>
    Task<bool> TryGreetAsync(ConversationGreeting greeting, CancellationToken cancellationToken);
}
