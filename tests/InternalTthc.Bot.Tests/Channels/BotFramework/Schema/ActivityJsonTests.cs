using System.Text.Json;
using System.Text.Json.Nodes;
using InternalTthc.Bot.Channels.BotFramework.Schema;

namespace InternalTthc.Bot.Tests.Channels.BotFramework.Schema;

public sealed class ActivityJsonTests
{
    private const string TeamsMessage = """
        {"type":"message","id":"1720000000001","timestamp":"2025-03-01T09:00:00.12Z",
         "localTimestamp":"2025-03-01T16:00:00.12+07:00","serviceUrl":"https://smba.trafficmanager.net/emea/",
         "channelId":"msteams","from":{"id":"29:abcUser","name":"Ana","aadObjectId":"0000-aad","userPrincipalName":"ana@x.vn"},
         "recipient":{"id":"28:app","name":"HelpDesk"},
         "conversation":{"id":"a:1xyz","conversationType":"personal","tenantId":"tid"},
         "text":"my laptop won't boot","locale":"en-GB",
         "entities":[{"type":"clientInfo","locale":"vi-VN","country":"VN","platform":"Web","timezone":"Asia/Ho_Chi_Minh"},
                     {"type":"somethingNew","nested":{"a":[1,2,{"b":null}]}}],
         "channelData":{"tenant":{"id":"tid"},"eventType":"x","settings":{"selectedChannel":{"id":"19:c"}}},
         "value":{"action":{"verb":"v","data":{"n":1.50,"flag":true}}},
         "futureField":{"keep":["me",42]},"anotherUnknown":"text"}
        """;

    [Fact]
    public void Round_trip_keeps_unknown_fields_channel_data_value_and_entities_unchanged()
    {
        var activity = JsonSerializer.Deserialize<Activity>(TeamsMessage, BotJson.Options)!;

        var written = JsonSerializer.Serialize(activity, BotJson.Options);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(TeamsMessage), JsonNode.Parse(written)), written);
        Assert.Equal("""{"keep":["me",42]}""", activity.Properties!["futureField"].GetRawText());
        Assert.Equal("ana@x.vn", activity.From!.Properties!["userPrincipalName"].GetString());
        Assert.Equal("Asia/Ho_Chi_Minh", activity.Entities![0].Properties!["timezone"].GetString());
        Assert.Equal("tid", activity.ChannelData!.Value.GetProperty("tenant").GetProperty("id").GetString());
    }

    [Fact]
    public void Writes_camel_case_omits_nulls_and_writes_timestamp_in_utc_with_z()
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Text = "Hồ sơ đã được tiếp nhận",
            InputHint = InputHints.AcceptingInput,
            Timestamp = new DateTimeOffset(2026, 3, 2, 9, 30, 0, 500, TimeSpan.FromHours(7)),
            Conversation = new ConversationAccount { Id = "a:1" },
        };

        var json = JsonNode.Parse(JsonSerializer.Serialize(activity, BotJson.Options))!.AsObject();

        Assert.Equal(["type", "timestamp", "conversation", "text", "inputHint"], json.Select(p => p.Key));
        Assert.Equal("2026-03-02T02:30:00.5Z", json["timestamp"]!.GetValue<string>());
        Assert.Equal("acceptingInput", json["inputHint"]!.GetValue<string>());
        Assert.Equal("""{"id":"a:1"}""", json["conversation"]!.ToJsonString());
    }

    [Fact]
    public void Invoke_response_body_is_raw_json_made_with_the_wire_settings()
    {
        var response = InvokeResponse.FromBody(200, new ResourceResponse("abc"));

        Assert.Equal(200, response.Status);
        Assert.Equal("""{"id":"abc"}""", response.Body!.Value.GetRawText());
    }
}
