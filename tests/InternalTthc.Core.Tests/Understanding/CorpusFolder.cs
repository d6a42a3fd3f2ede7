using InternalTthc.Core.Understanding.Training;

namespace InternalTthc.Core.Tests.Understanding;

/// <summary>The corpus of core/Understanding/Corpus, copied beside the tests.</summary>
internal static class CorpusFolder
{
    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "corpus");

    public static IReadOnlyList<CorpusRow> Read(string split) => Corpus.Read(Path, split);
}
