using System.Text.Json;
using InternalTthc.Bot.Channels;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Bot.Conversations.Files;

namespace InternalTthc.Bot.Tests.Conversations;

/// <summary>An attachment's content read off the wire as a node (issue 14): a Teams file's info and the phone form read as before.</summary>
public sealed class AttachmentContentTests
{
    [Fact]
    public void A_Teams_file_s_info_read_off_the_wire_names_a_workbook_by_its_file_type_and_a_number_there_names_none()
    {
        Assert.True(AttachmentReader.IsWorkbook(TeamsFile("\"xlsx\"")));
        Assert.False(AttachmentReader.IsWorkbook(TeamsFile("\"pdf\"")));
        Assert.False(AttachmentReader.IsWorkbook(TeamsFile("7")));
    }

    [Fact]
    public void The_phone_form_reads_back_after_a_trip_over_the_wire()
    {
        var sent = JsonSerializer.Serialize(OutgoingAttachments.PhoneRequest("Số điện thoại", "Để liên kết tài khoản"), BotJson.Options);

        Assert.Contains("\"content\":{\"title\":\"Số điện thoại\",\"subtitle\":\"Để liên kết tài khoản\"}", sent, StringComparison.Ordinal);
        Assert.Equal(("Số điện thoại", "Để liên kết tài khoản"), OutgoingAttachments.PhoneRequest(JsonSerializer.Deserialize<Attachment>(sent, BotJson.Options)!));
    }

    private static Attachment TeamsFile(string fileType) => JsonSerializer.Deserialize<Attachment>(
        $$$"""{"contentType":"{{{AttachmentReader.TeamsFileInfo}}}","name":"hoso","content":{"downloadUrl":"https://contoso.sharepoint.com/f","fileType":{{{fileType}}}}}""",
        BotJson.Options)!;
}
