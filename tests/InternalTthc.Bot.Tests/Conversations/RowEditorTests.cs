using InternalTthc.Bot.Tests.Support;
using InternalTthc.Testing;

namespace InternalTthc.Bot.Tests.Conversations;

/// <summary>Annex lists filled in the row editor: on cards row by row with labelled inputs, on text channels cell by cell.</summary>
public sealed class RowEditorTests
{
    [Theory]
    [InlineData("row-editor-web-chat.txt")]
    [InlineData("row-editor-choice-and-shortcut.txt")]
    [InlineData("row-editor-terminal.txt")]
    public async Task A_requester_fills_an_annex_list_row_by_row(string transcript)
    {
        await using var host = await ServiceTestHost.StartAsync();
        var run = new Transcript(host);

        await run.RunAsync(Path.Combine(RepositoryPaths.Root, "tests", "InternalTthc.Bot.Tests", "Conversations", "Transcripts", transcript));

        await CardSchema.AssertValidAsync(run.Cards);
    }
}
