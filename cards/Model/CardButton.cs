using System.Text.Json.Nodes;

namespace InternalTthc.Cards.Model;

/// <summary>
/// A button. <see cref="Data"/> comes back to the bot when pressed (the card submit's value);
/// on text channels the same data is chosen by typing the button's number or <see cref="Command"/>.
/// </summary>
public sealed record CardButton(string Title, JsonObject Data, ButtonStyle Style = ButtonStyle.Default)
{
    /// <summary>What a person may type instead of pressing (e.g. "hủy"); null when only the number works.</summary>
    public string? Command { get; init; }

    /// <summary>A link to open instead of sending data back (a template to download).</summary>
    public Uri? Url { get; init; }

    /// <summary>The stored file the link downloads, which a channel that delivers files sends instead (<see cref="CardFile"/>).</summary>
    public CardFile? File { get; init; }

    public static CardButton Link(string title, Uri url, CardFile? file = null) => new(title, []) { Url = url, File = file };
}
