// DesignTimeServicesBuilder and OperationReporter are EF's internal design-time API, what `dotnet ef dbcontext optimize` runs.
#pragma warning disable EF1001
using System.Text.RegularExpressions;
using InternalTthc.Core.Store;
using InternalTthc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design.Internal;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Scaffolding;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Core.Tests.Store;

/// <summary>
/// The store runs on compiled models (core/Store/Compiled, one per engine) so EF builds no model at start. Each must be
/// exactly what EF writes from the mapping as it is now: the test writes the code again and compares it with the files,
/// so a changed entity, configuration or convention fails here until the models are written anew with
/// <c>INTERNALTTHC_WRITE_COMPILED_MODEL=1 dotnet test tests/InternalTthc.Core.Tests --filter CompiledModelTests</c>.
/// </summary>
public sealed class CompiledModelTests
{
    public static TheoryData<StoreProvider> Engines => new(StoreProvider.Sqlite, StoreProvider.PostgreSql);

    [Theory]
    [MemberData(nameof(Engines))]
    public void The_compiled_model_is_the_one_the_mapping_gives(StoreProvider engine)
    {
        var folder = Path.Combine(RepositoryPaths.Root, "core", "Store", "Compiled", engine.ToString());
        // Not the assembly attribute EF also writes: through it EF would take one model for both engines; the store names
        // its engine's model itself (UseModel).
        var written = Generate(engine).Where(f => !f.Path.EndsWith("AssemblyAttributes.cs", StringComparison.Ordinal))
            .ToDictionary(f => f.Path, f => f.Code);
        if (Environment.GetEnvironmentVariable("INTERNALTTHC_WRITE_COMPILED_MODEL") == "1")
        {
            Write(folder, written);
        }

        var onDisk = System.IO.Directory.Exists(folder)
            ? System.IO.Directory.GetFiles(folder, "*.cs").ToDictionary(f => Path.GetFileName(f), f => Normalize(File.ReadAllText(f)))
            : [];
        Assert.Equal(written.Keys.Order(StringComparer.Ordinal), onDisk.Keys.Order(StringComparer.Ordinal));
        foreach (var (file, code) in written)
        {
            Assert.True(Normalize(code) == onDisk[file], $"{engine}: {file} differs from what EF writes for the current mapping; write the compiled models again (see this test's summary).");
        }
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void The_store_runs_on_the_compiled_model(StoreProvider engine)
    {
        var options = Options(engine);
        using var services = new ServiceCollection().AddStore(options).BuildServiceProvider();
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TthcDbContext>();

        var compiled = engine == StoreProvider.PostgreSql
            ? Core.Store.Compiled.PostgreSql.TthcDbContextModel.Instance
            : Core.Store.Compiled.Sqlite.TthcDbContextModel.Instance;
        Assert.Same(compiled, db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()!.Model);
    }

    private static IReadOnlyCollection<ScaffoldedFile> Generate(StoreProvider engine)
    {
        var builder = new DbContextOptionsBuilder<TthcDbContext>();
        var options = Options(engine);
        StoreServiceCollectionExtensions.UseEngine(builder, options, new SqliteTuning(options, new SqliteCheckpoints(options)));
        using var db = new TthcDbContext(builder.Options);
        var design = new DesignTimeServicesBuilder(typeof(TthcDbContext).Assembly, typeof(CompiledModelTests).Assembly, new OperationReporter(null), [])
            .Build(db);
        var generation = new CompiledModelCodeGenerationOptions
        {
            ContextType = typeof(TthcDbContext),
            ModelNamespace = $"InternalTthc.Core.Store.Compiled.{engine}",
            Language = "C#",
            UseNullableReferenceTypes = true,
        };
        return design.GetRequiredService<ICompiledModelCodeGeneratorSelector>().Select(generation)
            .GenerateModel(db.GetService<IDesignTimeModel>().Model, generation);
    }

    private static StoreOptions Options(StoreProvider engine) => engine == StoreProvider.PostgreSql
        ? new StoreOptions { Provider = engine, ConnectionString = "Host=127.0.0.1;Database=compiled_model" }
        : new StoreOptions { Provider = engine, ConnectionString = "Data Source=compiled-model.db" };

    private static void Write(string folder, Dictionary<string, string> files)
    {
        if (System.IO.Directory.Exists(folder))
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }

        System.IO.Directory.CreateDirectory(folder);
        foreach (var (file, code) in files)
        {
            File.WriteAllText(Path.Combine(folder, file), code);
        }
    }

    /// <summary>The text as compared: EF gives every model it writes a new random id, the one part that is not the mapping's.</summary>
    private static string Normalize(string code) =>
        Regex.Replace(code.ReplaceLineEndings("\n"), "modelId: new Guid\\(\"[0-9a-f-]+\"\\)", "modelId: new Guid(\"…\")");
}
