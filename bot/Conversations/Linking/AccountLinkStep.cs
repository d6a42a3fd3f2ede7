using System.Text.RegularExpressions;
using InternalTthc.Bot.Conversations.Cases;
using InternalTthc.Bot.Conversations.Turns;
using InternalTthc.Cards.Forms;
using InternalTthc.Cards.Menu;
using InternalTthc.Cards.Model;
using InternalTthc.Cards.Texts;

namespace InternalTthc.Bot.Conversations.Linking;

/// <summary>
/// A channel account linking itself to a person: the phone number its channel vouches he shared (then his confirmation),
/// or a one-time code he asked for where he is known ("liên kết tài khoản", answered here too, Web Chat included). Channels
/// whose logins are vouched for (our Direct Line, the terminal) never link this way: their accounts are their logins.
/// </summary>
public sealed partial class AccountLinkStep(AccountLinkCodes codes, PhoneLinks phones, AccountLinks links) : ITurnStep
{
    /// <summary>A linked person's turn is this step's only when it shares a phone or asks for a code.</summary>
    public static bool Concerns(Turn turn) =>
        turn.Person is null || SharedPhone.Of(turn.Context) is not null
        || (!turn.Joined && turn.Activity.Text is { Length: > 0 } text && LinkCodeRequest.Asks(text));

    public async Task<bool> HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (activity.ChannelId is not { } channel || activity.From?.Id is not { } account)
        {
            return false;
        }

        if (!turn.Channel.VouchesForLogin && SharedPhone.Of(turn.Context) is { } phone)
        {
            await turn.Reply.SendAsync(turn.Person is { } linked
                ? Notice(CardText.Get("AlreadyLinked", null, linked.Person.FullName))
                : await phones.OfferAsync(channel, account, phone, cancellationToken), cancellationToken);
            return true;
        }

        // A code is asked for where he is known, vouched channels included (Web Chat); those never link themselves.
        if (turn.Person is { } person)
        {
            return await CodeAskedAsync(turn, person.Person.Id, cancellationToken);
        }

        if (turn.Channel.VouchesForLogin)
        {
            return false;
        }

        switch (turn.Action)
        {
            case CardData.SharePhone when turn.Channel.AsksForPhone:
                await turn.Reply.SendAsync(PhoneFormCard.Create(), cancellationToken);
                return true;
            case CardData.ConfirmPhoneLink:
                if (await phones.TakeAsync(channel, account, cancellationToken) is { } offered) await links.LinkAsync(turn.Reply, channel, account, offered, "shared phone number", cancellationToken);
                else await turn.Reply.SendAsync(Notice(CardText.Get("PhoneLinkExpired")), cancellationToken);
                return true;
            case CardData.RejectPhoneLink:
                await phones.TakeAsync(channel, account, cancellationToken);
                await turn.Reply.SendAsync(Notice(CardText.Get("PhoneLinkRejected")), cancellationToken);
                return true;
        }

        if (activity.Text?.Trim() is not { } text || !Code().IsMatch(text))
        {
            return false;
        }

        var redeemed = await codes.RedeemAsync(channel, account, text, cancellationToken);
        if (redeemed.PersonId is { } owner) await links.LinkAsync(turn.Reply, channel, account, owner, "link code", cancellationToken);
        else await turn.Reply.SendAsync(Notice(CardText.Get(redeemed.TooManyTries ? "LinkCodeTooMany" : "LinkCodeWrong")), cancellationToken);
        return true;
    }

    /// <summary>"liên kết tài khoản": a code to send from the account to link, given only in his own conversation.</summary>
    private async Task<bool> CodeAskedAsync(Turn turn, Guid personId, CancellationToken ct)
    {
        if (turn.Joined || turn.Activity.Text is not { Length: > 0 } text || !LinkCodeRequest.Asks(text))
        {
            return false;
        }

        await turn.Reply.SendAsync(turn.Reply.IsShared ? CaseLookup.PrivateOnly()
            : NoticeCard.Create(CardText.Get("LinkCodeTitle"), CardText.Get("LinkCodeBody", null, await codes.IssueAsync(personId, ct), (int)AccountLinkCodes.Lifetime.TotalMinutes)), ct);
        return true;
    }

    private static Card Notice(string text) => NoticeCard.Create(CardText.Get("NoticeTitle"), text, TextRole.Warning);

    [GeneratedRegex(@"^\d{6}$")]
    private static partial Regex Code();
}
