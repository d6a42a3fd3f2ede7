using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace InternalTthc.Bot.Channels.BotFramework.Schema;

/// <summary>Writes <c>timestamp</c> in UTC with a trailing <c>Z</c>, the form channels send and expect.</summary>
public sealed class UtcTimestampConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDateTimeOffset();

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture));
}
