using System.Text.Json;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Cards.Forms;
using InternalTthc.Cards.Menu;
using InternalTthc.Cards.Model;
using InternalTthc.Cards.Texts;
using InternalTthc.Core.Conversations;
using InternalTthc.Core.Directory;

namespace InternalTthc.Bot.Conversations.Linking;

/// <summary>
/// Linking by the phone number the channel vouches the person shared: matched against the directory's numbers, and
/// linked only once he confirms he is the one person it names (the offer is kept for <see cref="Lifetime"/>).
/// </summary>
public sealed class PhoneLinks(IDirectoryStore directory, IConversationStateStore store, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    /// <summary>The question whether he is the person the number names, or why the number links nobody.</summary>
    public async Task<Card> OfferAsync(string channelId, string accountId, string phone, CancellationToken ct)
    {
        var ending = phone.Length > 3 ? phone[^3..] : phone;
        var people = await directory.FindPeopleByPhoneAsync(phone, ct);
        if (people.Count != 1)
        {
            return NoticeCard.Create(CardText.Get("PhoneMatchTitle"), CardText.Get(people.Count == 0 ? "PhoneNoMatch" : "PhoneManyMatches", null, ending), TextRole.Warning);
        }

        var person = people[0];
        var offer = JsonSerializer.Serialize(new Offer(person.Id, clock.GetUtcNow() + Lifetime), BotJson.Options);
        var held = await store.GetAsync(Key(channelId, accountId), ct);
        await store.SaveAsync(Key(channelId, accountId), offer, held?.Version, clock.GetUtcNow(), ct);
        var unit = await directory.FindUnitAsync(person.UnitId, ct);
        return NoticeCard.Create(CardText.Get("PhoneMatchTitle"), CardText.Get("PhoneMatchBody", null, ending, person.FullName, unit?.Name ?? "—"), TextRole.Body,
            new CardButton(CardText.Get("ButtonPhoneYes"), CardData.Action(CardData.ConfirmPhoneLink)),
            new CardButton(CardText.Get("ButtonPhoneNo"), CardData.Action(CardData.RejectPhoneLink)));
    }

    /// <summary>The person offered to this account, once; null when nothing was offered or the offer ran out.</summary>
    public async Task<Guid?> TakeAsync(string channelId, string accountId, CancellationToken ct)
    {
        if (await store.GetAsync(Key(channelId, accountId), ct) is not { } held)
        {
            return null;
        }

        await store.DeleteAsync(Key(channelId, accountId), ct);
        return JsonSerializer.Deserialize<Offer>(held.Payload, BotJson.Options) is { } offer && offer.ExpiresAt > clock.GetUtcNow() ? offer.PersonId : null;
    }

    private static string Key(string channelId, string accountId) => $"phone-link:{channelId}:{accountId}";

    private sealed record Offer(Guid PersonId, DateTimeOffset ExpiresAt);
}
