using System.Text.Json.Nodes;
using InternalTthc.Cards.Model;

namespace InternalTthc.Cards.Rendering;

/// <summary>Renders a <see cref="Card"/> as Adaptive Card 1.5 JSON (the version Teams and Web Chat both render).</summary>
public sealed class AdaptiveCardRenderer
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";
    public const string Version = "1.5";

    public JsonObject Render(Card card, string language = "vi")
    {
        var json = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = Version,
            ["lang"] = language,
            ["fallbackText"] = card.Summary,
            ["speak"] = card.Summary,
            ["body"] = new JsonArray([.. card.Body.Select(Element)]),
            ["msteams"] = new JsonObject { ["width"] = "Full" },
        };
        if (card.Actions.Count > 0)
        {
            json["actions"] = new JsonArray([.. card.Actions.Select(Button)]);
        }

        return json;
    }

    private static JsonNode Element(CardElement element) => element switch
    {
        TextElement t => Text(t),
        FactsElement f => new JsonObject
        {
            ["type"] = "FactSet",
            ["facts"] = new JsonArray([.. f.Facts.Select(x => (JsonNode)new JsonObject { ["title"] = x.Title, ["value"] = x.Value })]),
        },
        ButtonGroup g => new JsonObject { ["type"] = "ActionSet", ["actions"] = new JsonArray([.. g.Buttons.Select(Button)]) },
        InputElement i => AdaptiveInput.Render(i),
        _ => throw new NotSupportedException($"No Adaptive Card rendering for {element.GetType().Name}."),
    };

    private static JsonObject Text(TextElement t)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = t.Text, ["wrap"] = true };
        switch (t.Role)
        {
            case TextRole.Title: block["size"] = "Large"; block["weight"] = "Bolder"; block["style"] = "heading"; break;
            case TextRole.Heading: block["size"] = "Medium"; block["weight"] = "Bolder"; block["spacing"] = "Medium"; break;
            case TextRole.Subtle: block["isSubtle"] = true; block["size"] = "Small"; break;
            case TextRole.Good: block["color"] = "Good"; break;
            case TextRole.Warning: block["color"] = "Warning"; break;
            case TextRole.Attention: block["color"] = "Attention"; block["weight"] = "Bolder"; break;
        }

        return block;
    }

    private static JsonNode Button(CardButton b)
    {
        if (b.Url is { } url)
        {
            return new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = b.Title, ["url"] = url.ToString() };
        }

        var action = new JsonObject { ["type"] = "Action.Submit", ["title"] = b.Title, ["data"] = b.Data.DeepClone() };
        if (b.Style != ButtonStyle.Default)
        {
            action["style"] = b.Style == ButtonStyle.Positive ? "positive" : "destructive";
        }

        return action;
    }
}
