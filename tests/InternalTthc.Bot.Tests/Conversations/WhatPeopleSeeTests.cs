using InternalTthc.Bot.Tests.Support;

namespace InternalTthc.Bot.Tests.Conversations;

/// <summary>
/// What people see, as found by trying the product (issue 12): annex lists filled in the row editor (on cards row by row
/// with labelled inputs, on text channels cell by cell), wording faults, the incident interview.
/// </summary>
public sealed class WhatPeopleSeeTests
{
    [Theory]
    [InlineData("row-editor-web-chat.txt")]
    [InlineData("row-editor-choice-and-shortcut.txt")]
    [InlineData("row-editor-terminal.txt")]
    [InlineData("wording-faults.txt")]
    [InlineData("incident-interview.txt")]
    public Task What_people_see_reads_right(string transcript) => Transcript.RunFileAsync(transcript);

    [Fact]
    public async Task The_incident_acknowledgement_does_not_look_like_an_error()
    {
        await using var host = await ServiceTestHost.StartAsync();
        var chat = new ChatDriver(host.Services, "tth.canbo");

        await chat.SayAsync("máy tính phòng kế toán bị nhiễm mã độc từ sáng nay, các máy khác cũng bị lây");

        var acknowledgement = chat.Sent.Single(a => ChatDriver.Text(a).Contains("Tôi ghi nhận sự cố: Mã độc; mức độ nghiêm trọng", StringComparison.Ordinal));
        var card = ChatDriver.Card(Assert.Single(acknowledgement.Attachments ?? []));
        var said = card.GetProperty("body").EnumerateArray().First(b => b.TryGetProperty("text", out var t) && t.GetString()!.Contains("Tôi ghi nhận", StringComparison.Ordinal));
        Assert.False(said.TryGetProperty("color", out _), said.GetRawText()); // neither red (Attention) nor any warning colour
        Assert.False(said.TryGetProperty("weight", out _), said.GetRawText());
    }
}
