using System.Text;
using System.Text.Json.Nodes;
using InternalTthc.Core.Catalog;
using InternalTthc.Testing;

namespace InternalTthc.Bot.Tests.Fuzzing;

/// <summary>Catalog files and change files: the shipped ones mutated; `catalog check` must name faults, never crash.</summary>
public sealed class CatalogTarget : IFuzzTarget
{
    private readonly (string Name, JsonNode Json)[] _seeds = [.. Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "core", "Catalog", "Data"), "*.json")
        .Select(f => (Path.GetFileName(f), JsonNode.Parse(File.ReadAllText(f), documentOptions: new() { CommentHandling = System.Text.Json.JsonCommentHandling.Skip })!))];

    public string Name => "catalog files";

    public int Weight => 10;

    public Task<FuzzResult> SendAsync(Random rng, CancellationToken cancellationToken)
    {
        var (name, seed) = _seeds[rng.Next(_seeds.Length)];
        var bytes = JsonMutator.Mutate(seed, rng);
        try
        {
            var text = Encoding.UTF8.GetString(bytes);
            if (CatalogChanges.IsChangeFile(name)) new CatalogLoader().ParseChanges("fuzz.changes.json", text);
            else new CatalogLoader().Parse("fuzz.json", text);
            return Task.FromResult(new FuzzResult(0));
        }
        catch (Exception e)
        {
            return Task.FromResult(new FuzzResult(0, $"{e.GetType().Name}: {e.Message} for {FuzzResult.Preview(bytes)}"));
        }
    }
}
