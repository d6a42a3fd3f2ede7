using System.Text.Json;
using System.Text.Json.Serialization;

namespace InternalTthc.Core.Directory;

/// <summary>How a directory file is written in JSON (the demo directory's shape): camelCase, roles and levels by name.</summary>
public static class DirectoryJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };
}
