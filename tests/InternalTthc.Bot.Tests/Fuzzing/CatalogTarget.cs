using System.Text;
using System.Text.Json.Nodes;
using InternalTthc.Core.Catalog;
using InternalTthc.Testing;

namespace InternalTthc.Bot.Tests.Fuzzing;

/// <summary>Catalog files: the shipped ones mutated; `catalog check` must name faults, never crash.</summary>
public sealed class CatalogTarget : IFuzzTarget
{
    private readonly JsonNode[] _seeds = [.. Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "core", "Catalog", "Data"), "*.json")
        .Select(f => JsonNode.Parse(File.ReadAllText(f))!)];

    public string Name => "catalog files";

    public int Weight => 10;

    public Task<FuzzResult> SendAsync(Random rng, CancellationToken cancellationToken)
    {
        var bytes = JsonMutator.Mutate(_seeds[rng.Next(_seeds.Length)], rng);
        try
        {
            new CatalogLoader().Parse("fuzz.json", Encoding.UTF8.GetString(bytes));
            return Task.FromResult(new FuzzResult(0));
        }
        catch (Exception e)
        {
            return Task.FromResult(new FuzzResult(0, $"{e.GetType().Name}: {e.Message} for {FuzzResult.Preview(bytes)}"));
        }
    }
}
