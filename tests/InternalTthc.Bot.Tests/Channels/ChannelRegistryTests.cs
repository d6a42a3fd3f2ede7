using InternalTthc.Bot.Channels;
using InternalTthc.Bot.Tests.Support;

namespace InternalTthc.Bot.Tests.Channels;

/// <summary>One description per channel: what conversation and notification code may count on, and a safe answer for any other channel.</summary>
public sealed class ChannelRegistryTests
{
    [Theory]
    // files out: stored files a text message sends as files of their own (card channels keep the card's signed links)
    //          channel       cards  universal update  files in                     files out buttons vouches keeps  shared
    [InlineData("msteams",    true,  true,     true,   FileSource.TeamsFile,        false,    null,   false,  true,  true)]
    [InlineData("directline", true,  false,    true,   FileSource.DirectLineUpload, false,    null,   true,   true,  false)]
    [InlineData("webchat",    true,  false,    true,   FileSource.None,             false,    null,   false,  true,  false)]
    [InlineData("emulator",   true,  false,    true,   FileSource.None,             false,    null,   false,  true,  false)]
    [InlineData("terminal",   false, false,    false,  FileSource.TerminalFile,     false,    null,   true,   false, false)]
    [InlineData("zalo",       false, false,    false,  FileSource.ZaloFile,         true,     5,      false,  true,  false)]
    public void Each_channel_says_what_it_can_do(
        string channel, bool cards, bool universal, bool update, FileSource filesIn, bool filesOut, int? buttons, bool vouches, bool keeps, bool shared)
    {
        var can = ChannelRegistry.For(channel);

        Assert.Equal(cards, can.ShowsCards);
        Assert.Equal(universal, can.UniversalActions);
        Assert.Equal(update, can.UpdatesInPlace);
        Assert.Equal(filesIn, can.FilesIn);
        Assert.Equal(filesOut, can.FilesOut.Any);
        Assert.Equal(buttons, can.MaxButtons);
        Assert.Equal(vouches, can.VouchesForLogin);
        Assert.Equal(keeps, can.KeepsConversations);
        Assert.Equal(keeps, can.Proactive);
        Assert.Equal(shared, can.SharedConversations);
        // Markdown and typing come with the card channels; Teams alone asks for the full width.
        Assert.Equal(cards, can.Markdown);
        Assert.Equal(cards, can.TypingIndicator);
        Assert.Equal(channel == "msteams", can.FullWidthCards);
    }

    [Theory]
    [InlineData("image/png", 1 << 20, true)]
    [InlineData("image/png", (1 << 20) + 1, false)] // Zalo takes pictures up to 1 MB
    [InlineData("application/pdf", 5 << 20, true)]
    [InlineData("application/pdf", (5 << 20) + 1, false)] // and documents up to 5 MB
    [InlineData("application/vnd.openxmlformats-officedocument.wordprocessingml.document", 1000, true)]
    [InlineData("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", 1000, false)] // no spreadsheets
    [InlineData("image/gif", 1000, false)]
    public void Zalo_sends_pictures_and_documents_of_the_kinds_and_sizes_it_takes_as_themselves(string contentType, long size, bool sent) =>
        Assert.Equal(sent, ChannelRegistry.For("zalo").FilesOut.Delivers(contentType, size));

    [Theory]
    [InlineData("slack")]
    [InlineData("")]
    [InlineData(null)]
    public void A_channel_not_described_gets_text_no_update_no_files_and_no_login_believed(string? channel)
    {
        var can = ChannelRegistry.For(channel);

        Assert.Same(ChannelRegistry.Unknown, can);
        Assert.False(can.ShowsCards);
        Assert.False(can.UniversalActions);
        Assert.False(can.UpdatesInPlace);
        Assert.Equal(FileSource.None, can.FilesIn);
        Assert.False(can.VouchesForLogin);
        Assert.False(can.SharedConversations);
    }

    [Theory]
    [InlineData("zalo")]
    [InlineData("slack")]
    public async Task A_text_channel_gets_the_answer_as_text_with_its_choices(string channel)
    {
        await using var host = await ServiceTestHost.StartAsync();
        var chat = new ChatDriver(host.Services, "nguoi-la", channel);

        await chat.SayAsync("xin chào");

        var answer = Assert.Single(chat.Sent);
        Assert.Null(answer.Attachments);
        Assert.Contains("Thành phố Cần Thơ", answer.Text);
        Assert.NotEmpty(answer.SuggestedActions!.Actions!);
    }
}
