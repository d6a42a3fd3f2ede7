using InternalTthc.Core.Catalog;
using InternalTthc.Core.Understanding;
using InternalTthc.Core.Understanding.Model;
using InternalTthc.Core.Understanding.Training;

namespace InternalTthc.Core.Tests.Understanding;

/// <summary>The shipped kind model: what the build command makes of the corpus, and the kinds it knows.</summary>
public sealed class KindModelTests
{
    [Fact]
    public void The_shipped_model_is_what_the_build_command_makes_of_the_corpus()
    {
        using var stream = typeof(KindModel).Assembly.GetManifestResourceStream("InternalTthc.Core.Understanding.Model.kinds.model")!;
        var shipped = new StreamReader(stream).ReadToEnd();
        var (_, built) = KindModelBuilder.Build(CorpusFolder.Path);
        Assert.True(shipped == built, $"core/Understanding/Model/kinds.model is not what the corpus gives: run `{KindModelBuilder.Command}`");
    }

    [Fact]
    public void Every_kind_of_request_and_command_is_a_kind_the_model_knows()
    {
        Assert.All(Enum.GetValues<RequestKind>(), k => Assert.Equal(k.ToString(), UtteranceKinds.Of(k).ToString()));
        Assert.All(Enum.GetValues<CommandKind>(), k => Assert.Equal(k.ToString(), UtteranceKinds.Of(k).ToString()));
        Assert.Equal(Enum.GetValues<UtteranceKind>(), KindModel.Shipped.Kinds);
        Assert.All(Enum.GetValues<UtteranceKind>(), k => Assert.Equal(k, UtteranceKinds.Parse(UtteranceKinds.Name(k))));
    }

    [Fact]
    public void Every_example_the_help_shows_is_read_as_its_kind_with_confidence()
    {
        var reader = new KindReader(KindModel.Shipped);
        foreach (var kind in Enum.GetValues<RequestKind>())
        {
            var reading = reader.Read(UnderstandingLabels.Example(kind));
            Assert.True((reading.Kind, reading.Band) == (UtteranceKinds.Of(kind), ConfidenceBand.High),
                $"{UnderstandingLabels.Example(kind)} => {reading.Kind} {reading.Band}");
        }
    }

    [Fact]
    public void Readers_decide_before_the_model()
    {
        var reader = new KindReader(KindModel.Shipped);
        Assert.Equal((UtteranceKind.LookUp, "LCU-2026-00042"), (reader.Read("quên mật khẩu LCU-2026-00042").Kind, reader.Read("quên mật khẩu LCU-2026-00042").CaseCode));
        Assert.Equal((UtteranceKind.SearchAnswers, "mật khẩu"), (reader.Read("tìm câu hỏi mật khẩu").Kind, reader.Read("tìm câu hỏi mật khẩu").SearchText));
        Assert.Equal(UtteranceKind.Resume, reader.Read("tiếp tục").Kind);
        Assert.Empty(reader.Read("hủy").Scores);
    }
}
