using InternalTthc.Bot.Conversations;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Understanding;

namespace InternalTthc.Bot.Tests.Conversations;

/// <summary>A turn's words recognized once: the free-text route and the menu's greeting check share the one recognition.</summary>
public sealed class TurnRecognitionTests
{
    private static readonly ProcedureCatalog Catalog = new CatalogLoader()
        .LoadFolderAsync(Path.Combine(AppContext.BaseDirectory, "catalog"), CancellationToken.None).GetAwaiter().GetResult();

    [Fact]
    public void The_same_words_in_the_same_jurisdiction_are_recognized_once_and_other_words_anew()
    {
        var recognition = new TurnRecognition(new IntentRecognizer(Catalog));

        var greeting = recognition.Recognize("xin chào", "lai-chau");

        Assert.Equal((RecognitionKind.Command, CommandKind.Greeting), (greeting.Kind, greeting.Command));
        Assert.Same(greeting, recognition.Recognize("xin chào", "lai-chau"));
        Assert.NotSame(greeting, recognition.Recognize("xin chào", "can-tho"));
        Assert.Equal(CommandKind.Human, recognition.Recognize("gặp cán bộ", "lai-chau").Command);
    }
}
