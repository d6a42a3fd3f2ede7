using System.Text;
using System.Text.Json.Nodes;

namespace InternalTthc.Bot.Tests.Fuzzing;

/// <summary>
/// Structure-aware mutations of a real JSON document: values replaced by wrong types, huge, deep, hostile or invalid
/// text (lone UTF-16 surrogates, invalid UTF-8 bytes), properties removed or added, then now and then the bytes broken.
/// </summary>
public static class JsonMutator
{
    // Stands for a lone surrogate until the text is written (a JsonNode cannot hold one).
    private const string LoneSurrogate = "\u0001lone\u0001";

    // Deep values are the point: written whatever their depth.
    private static readonly System.Text.Json.JsonSerializerOptions Writing = new() { MaxDepth = 1024 };

    private static readonly string[] Hostile =
    [
        "[bấm vào đây](https://evil.example) **gấp**", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)",
        "\u202Eevil\u202C", "a\u0000b", "‮", "𝕏🙂👨‍👩‍👧", "' OR 1=1 --", "../../etc/passwd", "%00", "{{csp-nonce}}", "\\", "\"", "0", "-1", "1e309",
        LoneSurrogate, "Nguyễn Văn A", "HYN-2026-00001", "00000000000000000000000000000000",
    ];

    public static byte[] Mutate(JsonNode seed, Random rng)
    {
        ArgumentNullException.ThrowIfNull(seed);
        ArgumentNullException.ThrowIfNull(rng);
        var root = seed.DeepClone();
        for (var i = rng.Next(1, 4); i > 0; i--)
        {
            MutateOnce(root, rng);
        }

        var text = root.ToJsonString(Writing).Replace("\\u0001lone\\u0001", rng.Next(2) == 0 ? "\\ud853" : "\\udfff", StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(text);
        return rng.Next(12) switch
        {
            0 => Corrupt(bytes, rng),
            1 => bytes[..rng.Next(bytes.Length + 1)],
            _ => bytes,
        };
    }

    /// <summary>A random value of any kind: the wrong type, a huge or deep one, or hostile text.</summary>
    public static JsonNode? Value(Random rng) => rng.Next(12) switch
    {
        0 => null,
        1 => JsonValue.Create(rng.Next(2) == 0),
        2 => JsonValue.Create(rng.NextInt64(long.MinValue, long.MaxValue)),
        3 => JsonValue.Create(rng.NextDouble() * 1e300),
        4 => JsonValue.Create(new string((char)rng.Next(32, 0x2FFF), rng.Next(1, 300_000))),
        5 => Deep(rng.Next(10, 300)),
        6 => new JsonArray([.. Enumerable.Range(0, rng.Next(0, 200)).Select(_ => (JsonNode?)JsonValue.Create(rng.Next()))]),
        7 => new JsonObject(Enumerable.Range(0, rng.Next(0, 50)).Select(i => KeyValuePair.Create($"k{i}", (JsonNode?)JsonValue.Create(Hostile[rng.Next(Hostile.Length)])))),
        _ => JsonValue.Create(Hostile[rng.Next(Hostile.Length)]),
    };

    private static void MutateOnce(JsonNode root, Random rng)
    {
        var containers = Containers(root).ToList();
        switch (containers[rng.Next(containers.Count)])
        {
            case JsonObject o when o.Count > 0 && rng.Next(4) == 0:
                o.Remove(o.ElementAt(rng.Next(o.Count)).Key);
                break;
            case JsonObject o when o.Count > 0 && rng.Next(3) > 0:
                o[o.ElementAt(rng.Next(o.Count)).Key] = Value(rng);
                break;
            case JsonObject o:
                o[rng.Next(3) == 0 ? LoneSurrogate : Hostile[rng.Next(Hostile.Length)]] = Value(rng);
                break;
            case JsonArray a when a.Count > 0 && rng.Next(2) == 0:
                a[rng.Next(a.Count)] = Value(rng);
                break;
            case JsonArray a:
                a.Add(Value(rng));
                break;
        }
    }

    private static IEnumerable<JsonNode> Containers(JsonNode node)
    {
        yield return node;
        IEnumerable<JsonNode?> children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a,
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>().Where(c => c is JsonObject or JsonArray).ToList())
        {
            foreach (var inner in Containers(child))
            {
                yield return inner;
            }
        }
    }

    private static JsonNode Deep(int depth)
    {
        JsonNode node = new JsonArray();
        for (var i = 0; i < depth; i++)
        {
            node = i % 2 == 0 ? new JsonArray(node) : new JsonObject { ["x"] = node };
        }

        return node;
    }

    private static byte[] Corrupt(byte[] bytes, Random rng)
    {
        var copy = (byte[])bytes.Clone();
        for (var i = rng.Next(1, 4); i > 0 && copy.Length > 0; i--)
        {
            copy[rng.Next(copy.Length)] = (byte)(rng.Next(2) == 0 ? 0xFF : rng.Next(0x80, 0xC0));
        }

        return copy;
    }
}
