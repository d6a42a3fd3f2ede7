using System.Text;
using System.Text.Json.Nodes;

namespace InternalTthc.Bot.Tests.Support;

/// <summary>Reads Adaptive Card JSON as a client does: the data of a button, the inputs it submits, and text as shown.</summary>
public static class CardJson
{
    /// <summary>The data of the <c>Action.Submit</c> titled <paramref name="title"/>, anywhere in <paramref name="node"/>.</summary>
    public static JsonObject? FindSubmit(JsonNode node, string title)
    {
        if (node is JsonObject o)
        {
            if (o["type"]?.GetValue<string>() == "Action.Submit" && o["title"]?.GetValue<string>() == title) return o["data"]!.DeepClone().AsObject();
            return o.Select(p => p.Value is null ? null : FindSubmit(p.Value, title)).FirstOrDefault(d => d is not null);
        }

        return node is JsonArray a ? a.Select(x => x is null ? null : FindSubmit(x, title)).FirstOrDefault(d => d is not null) : null;
    }

    /// <summary>Every input of a card with its current value, as a submit carries them.</summary>
    public static IEnumerable<(string Id, string Value)> Inputs(JsonNode node) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() is { } type && type.StartsWith("Input.", StringComparison.Ordinal)
            => [(o["id"]!.GetValue<string>(), o["value"]?.ToString() ?? "")],
        JsonObject o => o.SelectMany(p => p.Value is null ? [] : Inputs(p.Value)),
        JsonArray a => a.SelectMany(x => x is null ? [] : Inputs(x)),
        _ => [],
    };

    /// <summary>A text block's or fact's text as the host shows it: the markdown escapes gone.</summary>
    public static string Shown(string markdown)
    {
        var shown = new StringBuilder(markdown.Length);
        for (var i = 0; i < markdown.Length; i++)
        {
            if (markdown[i] == '\\' && i + 1 < markdown.Length && char.IsAsciiLetterOrDigit(markdown[i + 1]) == false && markdown[i + 1] < 128)
            {
                i++;
            }

            shown.Append(markdown[i]);
        }

        return shown.ToString();
    }
}
