using System.Text;
using System.Text.Json.Nodes;
using InternalTthc.Bot.Commands;
using InternalTthc.Bot.Tests.Support;
using InternalTthc.Core.Directory;
using InternalTthc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Bot.Tests.Fuzzing;

/// <summary>Directory files as `directory import` reads and loads them (into a store of their own): refused with a line, never a crash.</summary>
public sealed class DirectoryTarget(ServiceTestHost store) : IFuzzTarget
{
    private readonly JsonNode _seed = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "bot", "Demo", "demo-directory.json")))!;

    public string Name => "directory files";

    public int Weight => 5;

    public async Task<FuzzResult> SendAsync(Random rng, CancellationToken cancellationToken)
    {
        var bytes = JsonMutator.Mutate(_seed, rng);
        var (import, _) = DirectoryCommands.Parse("fuzz.json", Encoding.UTF8.GetString(bytes));
        if (import is null)
        {
            return new FuzzResult(0);
        }

        try
        {
            await using var scope = store.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IDirectoryStore>().ImportAsync(import, cancellationToken);
            return new FuzzResult(0);
        }
        catch (InvalidOperationException)
        {
            // What the verb prints as the file's fault (an unknown unit...).
            return new FuzzResult(0);
        }
        catch (Exception e)
        {
            return new FuzzResult(0, $"{e.GetType().Name}: {e.Message} for {FuzzResult.Preview(bytes)}");
        }
    }
}
