using System.Security.Claims;
using InternalTthc.Bot.Channels.BotFramework.Authentication;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Bot.Channels.BotFramework.Turns;
using InternalTthc.Bot.Conversations.Linking;
using InternalTthc.Core.Directory;
using Microsoft.Extensions.Options;

namespace InternalTthc.Bot.Channels.Zalo;

/// <summary>
/// Runs the bot for one Zalo event, as every channel's endpoint does: the turn runner with the activity, the identity the
/// signed webhook vouches for (the Zalo user, and the phone number he shared; the name he shows when he is linked to nobody),
/// and a sender that queues the replies.
/// </summary>
public sealed class ZaloTurns(
    ZaloActivities activities, BotTurnRunner runner, ZaloOutbox outbox, IDirectoryStore directory, ZaloApiClient client,
    ZaloMemory memory, IOptions<ZaloOptions> options, ILogger<ZaloTurns> logger)
{
    public const string CallerId = "urn:internaltthc:zalo";
    private const string AuthenticationType = "InternalTthc.Zalo";
    private static readonly TimeSpan FailedReadPause = TimeSpan.FromMinutes(1);

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
            // A user linked to nobody is known by the name he shows on Zalo (an agent he asks for reads it).
            if (recipient is null) activity = activity with { From = activity.From! with { Name = await DisplayNameAsync(user, ct) } };
            await runner.RunAsync(activity, Authenticate(user, e.SharedPhone), sender, ct);
        }
    }

    /// <summary>Read once per <see cref="ZaloOptions.DisplayNameLife"/>, not at every message; a failed read is tried again a minute later.</summary>
    private async Task<string?> DisplayNameAsync(string user, CancellationToken ct)
    {
        if (memory.Names.TryGet(user, out var known))
        {
            return known;
        }

        try
        {
            var name = await client.DisplayNameAsync(user, ct);
            memory.Names.Set(user, name, options.Value.DisplayNameLife);
            return name;
        }
        catch (ZaloApiException e)
        {
            logger.LogInformation("Zalo: the display name of a user linked to nobody could not be read ({Code}).", e.Code);
            memory.Names.Set(user, null, FailedReadPause);
            return null;
        }
    }

    private static BotAuthenticationResult Authenticate(string user, string? phone) => phone is { Length: > 0 }
        ? SharedPhone.Authenticate(user, phone, CallerId)
        : BotAuthenticationResult.Authenticated(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, user)], AuthenticationType), CallerId);
}
