using System.CommandLine;
using InternalTthc.Core.Understanding;
using InternalTthc.Core.Understanding.Model;
using InternalTthc.Core.Understanding.Training;

namespace InternalTthc.Bot.Commands;

/// <summary>
/// `understanding train` builds the kind model from the corpus (train split; thresholds on dev) into
/// core/Understanding/Model/kinds.model; `understanding eval [--split S]` prints the benchmark of the
/// shipped model on each split: accuracy per kind, wrong starts apart from "not understood", confusion.
/// </summary>
public static class UnderstandingCommands
{
    private const string CorpusPath = "core/Understanding/Corpus";
    private const string ModelPath = "core/Understanding/Model/kinds.model";

    public static Command Create()
    {
        var corpus = new Option<string?>("--corpus") { Description = "Thư mục kho câu (mặc định core/Understanding/Corpus của kho mã)" };
        var split = new Option<string?>("--split") { Description = "train, dev hoặc test (mặc định: cả ba)" };
        var understanding = new Command("understanding", "Mô hình hiểu câu gõ (kind model)");
        var train = new Command("train", "Huấn luyện mô hình từ kho câu và ghi core/Understanding/Model/kinds.model") { corpus };
        train.SetAction((parse, _) => Task.FromResult(Train(parse.GetValue(corpus), Console.Out)));
        var eval = new Command("eval", "Đo độ chính xác của mô hình đi kèm trên từng phần của kho câu") { corpus, split };
        eval.SetAction((parse, _) => Task.FromResult(Evaluate(parse.GetValue(corpus), parse.GetValue(split), Console.Out)));
        understanding.Subcommands.Add(train);
        understanding.Subcommands.Add(eval);
        return understanding;
    }

    public static int Train(string? corpus, TextWriter output)
    {
        var root = RepositoryRoot();
        var (model, text) = KindModelBuilder.Build(corpus ?? Path.Combine(root, CorpusPath));
        var path = Path.Combine(root, ModelPath);
        File.WriteAllText(path, text);
        output.WriteLine($"{path}: {model.Kinds.Count} kinds, thresholds high {model.Thresholds.High:0.00}, low {model.Thresholds.Low:0.00}, {text.Length / 1024} KB");
        return 0;
    }

    public static int Evaluate(string? corpus, string? split, TextWriter output)
    {
        var folder = corpus ?? Path.Combine(RepositoryRoot(), CorpusPath);
        string[] splits = split is null ? [Corpus.Train, Corpus.Dev, Corpus.Test] : [split];
        if (splits.Any(s => !File.Exists(Path.Combine(folder, s + ".tsv"))))
        {
            output.WriteLine($"Không tìm thấy {string.Join(", ", splits.Select(s => s + ".tsv"))} trong {folder}");
            return 1;
        }

        var reader = new KindReader(KindModel.Shipped);
        foreach (var name in splits)
        {
            output.WriteLine(KindBenchmarkReport.Format(KindBenchmark.Run(reader, name, Corpus.Read(folder, name))));
        }

        return 0;
    }

    /// <summary>The folder of InternalTthc.sln above the shell's folder or the host's (`dotnet run --project bot` runs in bot/).</summary>
    private static string RepositoryRoot()
    {
        foreach (var start in new[] { Environment.GetEnvironmentVariable("PWD"), Environment.CurrentDirectory }.OfType<string>())
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "InternalTthc.sln"))) return dir.FullName;
            }
        }

        throw new InvalidOperationException("InternalTthc.sln not found: run the command inside the repository");
    }
}
