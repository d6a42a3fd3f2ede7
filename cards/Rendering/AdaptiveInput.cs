using System.Text.Json.Nodes;
using InternalTthc.Cards.Model;

namespace InternalTthc.Cards.Rendering;

/// <summary>One form input as Adaptive Card 1.5 elements: the input (with label) and, when refused, the server's reason.</summary>
internal static class AdaptiveInput
{
    public static JsonNode Render(InputElement input)
    {
        var element = input.Kind switch
        {
            InputKind.Date => new JsonObject { ["type"] = "Input.Date" },
            InputKind.Time => new JsonObject { ["type"] = "Input.Time" },
            InputKind.Number => new JsonObject { ["type"] = "Input.Number" },
            InputKind.Choice or InputKind.MultiChoice => Choices(input),
            _ => Text(input),
        };
        element["id"] = input.Id;
        element["label"] = input.Label;
        element["isRequired"] = input.Required;
        if (input.Required || input.Regex is not null)
        {
            element["errorMessage"] = input.ErrorMessage ?? $"Vui lòng nhập \"{input.Label}\".";
        }

        if (input.Value is { Length: > 0 } value)
        {
            element["value"] = value;
        }

        if (input.Error is null && input.Help is null)
        {
            return element;
        }

        // The server's reason (and the help) sit under the input, as the card's own error would.
        var items = new JsonArray { element };
        if (input.Help is not null) items.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = input.Help, ["wrap"] = true, ["isSubtle"] = true, ["size"] = "Small", ["spacing"] = "None" });
        if (input.Error is not null) items.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = input.Error, ["wrap"] = true, ["color"] = "Attention", ["spacing"] = "None" });
        return new JsonObject { ["type"] = "Container", ["items"] = items };
    }

    private static JsonObject Text(InputElement input)
    {
        var text = new JsonObject { ["type"] = "Input.Text" };
        if (input.Kind == InputKind.LongText) text["isMultiline"] = true;
        if (input.Kind == InputKind.Email) text["style"] = "Email";
        if (input.Kind == InputKind.Phone) text["style"] = "Tel";
        if (input.Placeholder is not null) text["placeholder"] = input.Placeholder;
        if (input.Regex is not null) text["regex"] = input.Regex;
        if (input.MaxLength is { } max) text["maxLength"] = max;
        return text;
    }

    private static JsonObject Choices(InputElement input) => new()
    {
        ["type"] = "Input.ChoiceSet",
        ["isMultiSelect"] = input.Kind == InputKind.MultiChoice,
        ["style"] = input.DropDown || input.Choices.Count > 4 ? "compact" : "expanded",
        ["choices"] = new JsonArray([.. input.Choices.Select(c => (JsonNode)new JsonObject { ["title"] = c.Title, ["value"] = c.Value })]),
    };
}
