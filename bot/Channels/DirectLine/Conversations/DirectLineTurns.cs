using System.Security.Claims;
using InternalTthc.Bot.Conversations;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Bot.Channels.BotFramework.Turns;
using InternalTthc.Bot.Channels.DirectLine.Tokens;

namespace InternalTthc.Bot.Channels.DirectLine.Conversations;

/// <summary>
/// Hands client activities to the bot the way Azure's Direct Line does: addressed by the server (channel, serviceUrl,
/// conversation, the token's person as sender whatever the client wrote), stored first — the echo WebChat waits
/// for — and then given to the bot, whose answers go to the log through <see cref="DirectLineChannelSender"/>.
/// </summary>
public sealed class DirectLineTurns(
    DirectLineActivityLog log,
    BotTurnRunner runner,
    DirectLineChannelSender sender,
    DirectLineAddresses addresses,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger<DirectLineTurns> logger)
{
    /// <summary>Stores the user's activity and runs the bot; returns the stored id. The bot's failure propagates.</summary>
    public async Task<string> PostAsync(Activity activity, DirectLineIdentity identity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var stored = await log.AppendAsync(Address(activity, identity), cancellationToken);
        logger.LogInformation("Direct Line {Type} activity {ActivityId} stored.", stored.Type, stored.Id);
        await RunBotAsync(stored, identity);
        return stored.Id!;
    }

    /// <summary>Tells the bot a conversation started (membersAdded: user and bot), as the Emulator's Direct Line does.</summary>
    public Task StartAsync(DirectLineIdentity identity, string? locale)
    {
        var user = User(identity);
        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Locale = locale,
            MembersAdded = [user, addresses.Bot],
        };
        // Not stored: the service never passes conversationUpdate to clients.
        return RunBotAsync(Address(update, identity) with { Timestamp = time.GetUtcNow() }, identity);
    }

    private Task RunBotAsync(Activity activity, DirectLineIdentity identity)
    {
        // Our own tokens vouch for the signed-in person, so the bot may take the login as a directory person.
        // The client hanging up must not stop a turn that may be filing a case; stopping the service does.
        return runner.RunAsync(activity, LocalIdentity.Authenticate(identity.Login, "directline"), sender, lifetime.ApplicationStopping);
    }

    private Activity Address(Activity activity, DirectLineIdentity identity) => activity with
    {
        Id = null,
        CallerId = null,
        ChannelId = ChannelIds.Directline,
        ServiceUrl = addresses.BaseUrl(),
        From = User(identity),
        Recipient = addresses.Bot,
        Conversation = new ConversationAccount { Id = identity.ConversationId },
    };

    private static ChannelAccount User(DirectLineIdentity identity) =>
        new() { Id = identity.Login, Name = identity.Name, Role = RoleTypes.User };
}
