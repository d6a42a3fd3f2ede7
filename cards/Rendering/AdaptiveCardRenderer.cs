using System.Text.Json.Nodes;
using InternalTthc.Cards.Menu;
using InternalTthc.Cards.Model;

namespace InternalTthc.Cards.Rendering;

/// <summary>Renders a <see cref="Card"/> as Adaptive Card 1.5 JSON (the version Teams and Web Chat both render).</summary>
public sealed class AdaptiveCardRenderer
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";
    public const string Version = "1.5";

    /// <param name="universalActions">
    /// The host runs Universal Actions (Teams): a card with <see cref="Card.Refresh"/> gets <c>Action.Execute</c> buttons
    /// (an <c>Action.Submit</c> fallback for old clients) and a card-level refresh. Web Chat does not run them.
    /// </param>
    /// <param name="fullWidth">The host draws cards narrow unless they ask for its full width (Teams' <c>msteams.width</c>).</param>
    public JsonObject Render(Card card, string language = "vi", bool universalActions = false, bool fullWidth = false)
    {
        var execute = universalActions && card.Refresh is not null;
        var json = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = Version,
            ["lang"] = language,
            ["fallbackText"] = card.Summary,
            ["speak"] = card.Summary,
            ["body"] = new JsonArray([.. card.Body.Select(e => Element(e, execute))]),
        };
        if (fullWidth)
        {
            json["msteams"] = new JsonObject { ["width"] = "Full" };
        }

        if (card.Actions.Count > 0)
        {
            json["actions"] = new JsonArray([.. card.Actions.Select(b => Button(b, execute))]);
        }

        if (execute && card.Refresh is { } refresh)
        {
            json["refresh"] = new JsonObject { ["action"] = Execute(refresh.Data, null) };
            if (refresh.UserIds.Count > 0)
            {
                json["refresh"]!["userIds"] = new JsonArray([.. refresh.UserIds.Select(id => (JsonNode)id)]);
            }
        }

        return json;
    }

    private static JsonNode Element(CardElement element, bool execute) => element switch
    {
        TextElement t => Text(t),
        FactsElement f => Facts(f.Facts),
        TableElement t => new JsonObject { ["type"] = "Container", ["items"] = new JsonArray([.. t.Rows.Select(r => Row(t.Columns, r))]) },
        ButtonGroup g => new JsonObject { ["type"] = "ActionSet", ["actions"] = new JsonArray([.. g.Buttons.Select(b => Button(b, execute))]) },
        InputElement i => AdaptiveInput.Render(i),
        ImageElement i => new JsonObject { ["type"] = "Image", ["url"] = i.DataUrl, ["altText"] = i.AltText, ["size"] = "Medium" },
        _ => throw new NotSupportedException($"No Adaptive Card rendering for {element.GetType().Name}."),
    };

    private static JsonObject Facts(IEnumerable<Fact> facts) => new()
    {
        ["type"] = "FactSet",
        // Teams and Web Chat read both as markdown; no text of ours needs it, so everything is shown as written.
        ["facts"] = new JsonArray([.. facts.Select(x => (JsonNode)new JsonObject { ["title"] = MarkdownText.Escape(x.Title), ["value"] = MarkdownText.Escape(x.Value) })]),
    };

    /// <summary>A row as a block: its title, then each filled cell under its column's label, a line between rows.</summary>
    private static JsonObject Row(IReadOnlyList<string> columns, TableRow row) => new()
    {
        ["type"] = "Container",
        ["separator"] = true,
        ["spacing"] = "Small",
        ["items"] = new JsonArray(
            new JsonObject { ["type"] = "TextBlock", ["text"] = MarkdownText.Escape(row.Title), ["weight"] = "Bolder", ["wrap"] = true },
            Facts(columns.Zip(row.Cells).Where(c => c.Second.Length > 0).Select(c => new Fact(c.First, c.Second)))),
    };

    private static JsonObject Text(TextElement t)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = MarkdownText.Escape(t.Text), ["wrap"] = true };
        switch (t.Role)
        {
            case TextRole.Title: block["size"] = "Large"; block["weight"] = "Bolder"; block["style"] = "heading"; break;
            case TextRole.Heading: block["size"] = "Medium"; block["weight"] = "Bolder"; block["spacing"] = "Medium"; break;
            case TextRole.Subheading: block["weight"] = "Bolder"; block["spacing"] = "Medium"; break;
            case TextRole.Subtle: block["isSubtle"] = true; block["size"] = "Small"; break;
            case TextRole.Good: block["color"] = "Good"; break;
            case TextRole.Warning: block["color"] = "Warning"; break;
            case TextRole.Attention: block["color"] = "Attention"; block["weight"] = "Bolder"; break;
        }

        return block;
    }

    private static JsonNode Button(CardButton b, bool execute)
    {
        if (b.Url is { } url)
        {
            return new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = b.Title, ["url"] = url.ToString() };
        }

        var submit = new JsonObject { ["type"] = "Action.Submit", ["title"] = b.Title, ["data"] = b.Data.DeepClone() };
        var action = execute ? Execute(b.Data, b.Title) : submit;
        if (execute)
        {
            action["fallback"] = submit;
        }

        if (b.Style != ButtonStyle.Default)
        {
            action["style"] = b.Style == ButtonStyle.Positive ? "positive" : "destructive";
        }

        return action;
    }

    /// <summary>An <c>Action.Execute</c>: the data's action name is the verb, the other keys its data.</summary>
    private static JsonObject Execute(JsonObject data, string? title)
    {
        var args = data.DeepClone().AsObject();
        var verb = args[CardData.ActionKey]?.GetValue<string>() ?? "";
        args.Remove(CardData.ActionKey);
        var action = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = args };
        if (title is not null)
        {
            action["title"] = title;
        }

        return action;
    }
}
