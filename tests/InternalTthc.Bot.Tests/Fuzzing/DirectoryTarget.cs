using System.Text.Json.Nodes;
using InternalTthc.Bot.Tests.Support;
using InternalTthc.Core.Directory;
using InternalTthc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Bot.Tests.Fuzzing;

/// <summary>Directory files as `directory import` reads, checks and loads them (into a store of their own): faults named, never a crash.</summary>
public sealed class DirectoryTarget(ServiceTestHost store) : IFuzzTarget
{
    private readonly JsonNode _seed = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "bot", "Demo", "demo-directory.json")))!;

    public string Name => "directory files";

    public int Weight => 5;

    public async Task<FuzzResult> SendAsync(Random rng, CancellationToken cancellationToken)
    {
        var bytes = JsonMutator.Mutate(_seed, rng);
        try
        {
            await using var scope = store.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DirectoryFileImport>().ImportAsync("fuzz.json", new MemoryStream(bytes), null, cancellationToken);
            return new FuzzResult(0);
        }
        catch (Exception e)
        {
            return new FuzzResult(0, $"{e.GetType().Name}: {e.Message} for {FuzzResult.Preview(bytes)}");
        }
    }
}
