using System.Text;
using System.Text.Json;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using Microsoft.Extensions.Options;

namespace InternalTthc.Bot.Channels.Zalo;

/// <summary>
/// An activity of the bot as Zalo consultation messages: its text cut to Zalo's length on sentence boundaries, its choices
/// and links as buttons on the last piece when they fit the channel's button limit (the text then does not number them;
/// <see cref="Conversations.CardReplies"/> decided so), the phone form, and stored files as pictures or documents of their own
/// (those the channel's <see cref="ChannelCapabilities.FilesOut"/> takes; CardReplies left the others as links).
/// </summary>
public sealed class ZaloMessageBuilder(IOptions<ZaloOptions> options)
{
    public ZaloOutgoing Build(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var actions = activity.SuggestedActions?.Actions ?? [];
        var numbered = actions.Where(a => a.Type == ActionTypes.PostBack).ToList();
        var payloads = new List<ZaloPayload>();
        var buttons = actions.Count <= (ChannelRegistry.For(ChannelIds.Zalo).MaxButtons ?? 0) ? [.. actions.Select(a => Button(a, payloads))] : new List<ZaloButton>();

        var messages = new List<ZaloMessage>();
        var pieces = ZaloTextSplitter.Split(activity.Text ?? "");
        if (pieces.Count == 0 && buttons.Count > 0)
        {
            pieces = ZaloTextSplitter.Split(activity.Summary is { Length: > 0 } summary ? summary : "…");
        }

        for (var i = 0; i < pieces.Count; i++)
        {
            messages.Add(new ZaloMessage { Text = pieces[i], Buttons = i == pieces.Count - 1 ? buttons : [] });
        }

        foreach (var attachment in activity.Attachments ?? [])
        {
            if (OutgoingAttachments.PhoneRequest(attachment) is { } form)
            {
                messages.Add(new ZaloMessage { AsksForPhone = true, Text = Clip(form.Title, ZaloMessage.MaxButtonTitle), Subtitle = Clip(form.Subtitle, ZaloMessage.MaxButtonTitle) });
            }
            else if (OutgoingAttachments.StoredFile(attachment) is { } file)
            {
                messages.Add(new ZaloMessage { File = file });
            }
        }

        return new ZaloOutgoing(messages, numbered, payloads);
    }

    private ZaloButton Button(CardAction action, List<ZaloPayload> payloads)
    {
        var title = Clip(action.Title ?? "", ZaloMessage.MaxButtonTitle);
        if (action.Type == ActionTypes.OpenUrl && action.Value is { ValueKind: JsonValueKind.String } url)
        {
            return new ZaloButton(title, ZaloButtonTypes.OpenUrl, url.GetString()!);
        }

        // The choice's data stays on the server; the button carries a short key the user would never type.
        var payload = new ZaloPayload(ZaloUserStates.NewPayloadId(), action);
        payloads.Add(payload);
        return new ZaloButton(title, options.Value.ButtonType, ZaloPayload.Prefix + payload.Id);
    }

    private static string Clip(string text, int max)
    {
        var nfc = text.Normalize(NormalizationForm.FormC);
        return nfc.Length <= max ? nfc : nfc[..(max - 1)] + "…";
    }
}
