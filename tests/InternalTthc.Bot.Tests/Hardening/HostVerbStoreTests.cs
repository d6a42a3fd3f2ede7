using InternalTthc.Bot.Tests.Support;
using InternalTthc.Testing;

namespace InternalTthc.Bot.Tests.Hardening;

/// <summary>
/// Issue 17.14 and 18.12, on the built program as an administrator runs it: each verb says which store it read, a verb
/// that only reads never creates one, and a verb checks only the settings it uses, failing with one clear line.
/// </summary>
public sealed class HostVerbStoreTests : IDisposable
{
    private readonly string _folder = ServiceTestHost.NewFolder();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string Database => Path.Combine(_folder, "kho", "tthc.db");

    private Dictionary<string, string> Production => new()
    {
        ["DOTNET_ENVIRONMENT"] = "Production",
        ["Store__ConnectionString"] = $"Data Source={Database}",
    };

    [Theory]
    [InlineData("outbox", "dead")]
    [InlineData("outbox", "waiting")]
    [InlineData("announce", "report", "7a1a1c63-6d8e-4a4b-a0c8-3a4b2a8f0c11")]
    public async Task A_verb_that_only_reads_names_the_store_and_refuses_to_create_one(params string[] args)
    {
        var (exit, output) = await ServiceProcess.RunVerbAsync(args, Production, Ct);

        Assert.Equal(1, exit);
        Assert.Contains(Database, output);
        Assert.Contains("không tồn tại", output);
        Assert.DoesNotContain("   at ", output);
        Assert.False(File.Exists(Database), "A reading verb created the store.");
    }

    [Fact]
    public async Task Directory_import_outside_development_needs_no_web_chat_secret_and_names_the_store_it_wrote()
    {
        var file = Path.Combine(_folder, "danh-ba.json");
        await File.WriteAllTextAsync(file, """
            { "units": [ { "code": "lcu-so-tai-chinh", "name": "Sở Tài chính tỉnh Lai Châu", "jurisdictionCode": "lai-chau", "level": "department", "parentCode": "lcu-ubnd" } ],
              "people": [] }
            """, Ct);

        var (exit, output) = await ServiceProcess.RunVerbAsync(["directory", "import", file], Production, Ct);
        var (readExit, readOutput) = await ServiceProcess.RunVerbAsync(["outbox", "dead"], Production, Ct);

        Assert.True(exit == 0, output);
        Assert.Contains(Database, output);
        Assert.Contains("đã nạp 1 đơn vị", output);
        Assert.True(readExit == 0, readOutput);
        Assert.Contains(Database, readOutput);
        Assert.Contains("0 tin thất bại.", readOutput);
    }

    [Fact]
    public async Task A_wrong_setting_a_verb_uses_is_one_clear_line_without_a_stack_trace()
    {
        var settings = new Dictionary<string, string>(Production) { ["Store__Provider"] = "Oracle" };

        var (exit, output) = await ServiceProcess.RunVerbAsync(["outbox", "dead"], settings, Ct);

        Assert.Equal(1, exit);
        Assert.Contains("Store:Provider", output);
        Assert.DoesNotContain("   at ", output);
        Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    public void Dispose() => ServiceTestHost.DeleteFolder(_folder);
}
