using System.Text;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using Microsoft.Extensions.Options;

namespace InternalTthc.Bot.Channels.Zalo;

/// <summary>
/// A Zalo event as the activity the bot's turn takes, addressed like any channel's: the user's own conversation (its id is
/// his), the OA as recipient. A button's payload or a typed number becomes the pressed choice's data, as on the terminal;
/// files and pictures are copied into the store first.
/// </summary>
public sealed class ZaloActivities(ZaloUserStates states, ZaloFiles files, IOptions<ZaloOptions> options)
{
    /// <summary>The activity, and what the channel must tell the person first (a file not taken, a stale button).</summary>
    public async Task<(Activity? Activity, string? Notice)> ForAsync(ZaloEvent e, CancellationToken ct)
    {
        var user = e.UserId!;
        var activity = Address(e);
        switch (e.Kind)
        {
            case ZaloEventKind.Follow:
                return (activity with { Type = ActivityTypes.ConversationUpdate, MembersAdded = [activity.From!] }, null);
            case ZaloEventKind.SharedInfo:
                return (activity, null);
        }

        if (e.Attachments.Count > 0 && e.Name is "user_send_image" or "user_send_file")
        {
            var taken = new List<Attachment>();
            string? refusal = null;
            foreach (var sent in e.Attachments)
            {
                var (attachment, why) = await files.TakeAsync(sent, e.Key, user, ct);
                if (attachment is not null) taken.Add(attachment);
                refusal ??= why;
            }

            return (taken.Count == 0 ? null : activity with { Attachments = taken, Text = Nfc(e.Text) }, refusal);
        }

        if (e.Name != "user_send_text" || string.IsNullOrWhiteSpace(e.Text))
        {
            return (null, ZaloText.Get("Unsupported"));
        }

        var text = Nfc(e.Text)!;
        var choice = await states.ResolveAsync(user, text, ct);
        return choice switch
        {
            { Expired: true } => (null, ZaloText.Get("ButtonExpired")),
            { Choice: { } picked } => (activity with { Text = picked.Title ?? text, Value = picked.Value }, null),
            _ => (activity with { Text = text }, null),
        };
    }

    private Activity Address(ZaloEvent e)
    {
        var user = new ChannelAccount { Id = e.UserId, Role = RoleTypes.User };
        return new Activity
        {
            Type = ActivityTypes.Message,
            Id = e.Key,
            Timestamp = e.At,
            ChannelId = ChannelIds.Zalo,
            ServiceUrl = options.Value.OpenApiBase.AbsoluteUri,
            From = user,
            Recipient = new ChannelAccount { Id = options.Value.OaId, Role = RoleTypes.Bot },
            Conversation = new ConversationAccount { Id = e.UserId, ConversationType = "personal" },
            Locale = "vi-VN",
        };
    }

    private static string? Nfc(string? text) => text?.Normalize(NormalizationForm.FormC);
}
