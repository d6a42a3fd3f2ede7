using InternalTthc.Cards.Forms;
using InternalTthc.Cards.Model;
using InternalTthc.Cards.Texts;
using InternalTthc.Core.Directory;
using InternalTthc.Core.Notifications;

namespace InternalTthc.Bot.Conversations.Linking;

/// <summary>Links the turn's channel account to a person, tells him so with his menu, and sends what waited for him.</summary>
public sealed class AccountLinks(IDirectoryStore directory, MainMenu menu, IOutboxStore outbox, TimeProvider clock, ILogger<AccountLinks> logger)
{
    public async Task LinkAsync(ConversationReply reply, string channelId, string accountId, Guid personId, string how, CancellationToken ct)
    {
        if (await directory.FindChannelAccountAsync(channelId, accountId, ct) is not { } account
            || await directory.GetPersonRolesAsync(personId, ct) is not { } person)
        {
            return;
        }

        await directory.LinkChannelAccountAsync(account.Id, personId, ct);
        logger.LogInformation("Channel account on {ChannelId} linked to person {PersonId} by {How}.", channelId, personId, how);
        await reply.SendAsync(NoticeCard.Create(CardText.Get("LinkedTitle"), CardText.Get("LinkedBody", null, person.Person.FullName), TextRole.Good), ct);
        await outbox.ReleaseAwaitingContactAsync(personId, clock.GetUtcNow(), ct);
        await reply.SendAsync(await menu.ForAsync(person, ct), ct);
    }
}
