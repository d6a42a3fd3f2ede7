using System.Text.Json;
using System.Text.Unicode;

namespace InternalTthc.Core.Text;

/// <summary>
/// Checks that a JSON body is valid UTF-8 and that no string in it escapes a lone UTF-16 surrogate ("\ud853").
/// System.Text.Json accepts both while reading and fails only when the text is taken out of a JsonElement, deep
/// in a turn or while serialising the reply; checked at the door, every channel refuses such a body with a 400.
/// </summary>
public static class UnicodeJson
{
    public const string Problem = "The body contains text that is not valid Unicode (invalid UTF-8 or a lone UTF-16 surrogate).";

    /// <summary>True when the body is valid UTF-8 and every string and property name in it is valid UTF-16; malformed JSON is left to the parser.</summary>
    public static bool IsValid(ReadOnlySpan<byte> json)
    {
        if (!Utf8.IsValid(json))
        {
            return false;
        }

        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = 256 });
        try
        {
            while (reader.Read())
            {
                // Only an escaped string can hide a surrogate; unescaped ones were checked as UTF-8 above.
                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && reader.ValueIsEscaped)
                {
                    _ = reader.GetString();
                }
            }
        }
        catch (InvalidOperationException)
        {
            return false;
        }
        catch (JsonException)
        {
            // Not this check's business: the parser says precisely what is wrong.
        }

        return true;
    }
}
