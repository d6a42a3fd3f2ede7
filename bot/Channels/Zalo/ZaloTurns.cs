using System.Security.Claims;
using InternalTthc.Bot.Channels.BotFramework.Authentication;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Bot.Channels.BotFramework.Turns;
using InternalTthc.Bot.Conversations.Linking;
using InternalTthc.Core.Directory;

namespace InternalTthc.Bot.Channels.Zalo;

/// <summary>
/// Runs the bot for one Zalo event, as every channel's endpoint does: the turn runner with the activity, the identity the
/// signed webhook vouches for (the Zalo user, and the phone number he shared), and a sender that queues the replies.
/// </summary>
public sealed class ZaloTurns(ZaloActivities activities, BotTurnRunner runner, ZaloOutbox outbox, IDirectoryStore directory)
{
    public const string CallerId = "urn:internaltthc:zalo";
    private const string AuthenticationType = "InternalTthc.Zalo";

    public async Task RunAsync(ZaloEvent e, CancellationToken ct)
    {
        var user = e.UserId!;
        // Held replies are released by the person's next message: the row names him when his account is linked.
        var recipient = (await directory.FindChannelAccountAsync(ChannelIds.Zalo, user, ct))?.PersonId;
        var sender = new ZaloReplyQueue(outbox, e.Key, recipient);
        var (activity, notice) = await activities.ForAsync(e, ct);
        if (notice is not null)
        {
            await sender.SendAsync(new Activity { Type = ActivityTypes.Message, Text = notice, Conversation = new ConversationAccount { Id = user } }, ct);
        }

        if (activity is not null)
        {
            await runner.RunAsync(activity, Authenticate(user, e.SharedPhone), sender, ct);
        }
    }

    private static BotAuthenticationResult Authenticate(string user, string? phone) => phone is { Length: > 0 }
        ? SharedPhone.Authenticate(user, phone, CallerId)
        : BotAuthenticationResult.Authenticated(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, user)], AuthenticationType), CallerId);
}
