using InternalTthc.Bot.Tests.Support;
using InternalTthc.Core.Directory;
using InternalTthc.Core.Store;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Bot.Tests.Hosting;

/// <summary>
/// A Development start imports the demo directory file when the store has not had that very file (issue 14: importing it
/// again on every restart cost about 0.14 s of CPU); an edited file is imported again.
/// </summary>
public sealed class DemoDirectoryStartTests
{
    private const string Login = "lcu.daumoi";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_restart_on_the_same_file_leaves_the_demo_people_as_stored_and_an_edited_file_is_imported()
    {
        var folder = ServiceTestHost.NewFolder();
        try
        {
            var file = Path.Combine(folder, "demo-directory.json");
            var original = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Demo", "demo-directory.json"), Ct);
            await File.WriteAllTextAsync(file, original, Ct);
            var settings = new Dictionary<string, string?> { ["Demo:File"] = file };

            await using (var first = await ServiceTestHost.StartAsync(folder, "Development", settings))
            {
                Assert.Equal("Nguyễn Thị Hoa (demo)", await FullNameAsync(first));
                await RenameAsync(first, "Tên đổi trong kho");
            }

            await using (var same = await ServiceTestHost.StartAsync(folder, "Development", settings))
            {
                Assert.Equal("Tên đổi trong kho", await FullNameAsync(same));
            }

            await File.WriteAllTextAsync(file, original.Replace("Nguyễn Thị Hoa (demo)", "Nguyễn Thị Hoà (demo)", StringComparison.Ordinal), Ct);
            await using var edited = await ServiceTestHost.StartAsync(folder, "Development", settings);
            Assert.Equal("Nguyễn Thị Hoà (demo)", await FullNameAsync(edited));
        }
        finally
        {
            ServiceTestHost.DeleteFolder(folder);
        }
    }

    private static async Task<string?> FullNameAsync(ServiceTestHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IDirectoryStore>().FindPersonByLoginAsync(Login, Ct))?.FullName;
    }

    private static async Task RenameAsync(ServiceTestHost host, string fullName)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var person = await scope.ServiceProvider.GetRequiredService<IDirectoryStore>().FindPersonByLoginAsync(Login, Ct);
        person!.FullName = fullName;
        await scope.ServiceProvider.GetRequiredService<TthcDbContext>().SaveChangesAsync(Ct);
    }
}
