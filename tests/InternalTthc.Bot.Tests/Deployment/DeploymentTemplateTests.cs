using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using InternalTthc.Testing;

namespace InternalTthc.Bot.Tests.Deployment;

/// <summary>
/// deploymentTemplates/: the Teams package against the manifest's published schema, the Bicep template built by the
/// real Bicep compiler (restored from NuGet), the nginx configuration checked by nginx itself, the systemd unit's
/// hardening and the Dockerfile's rules (no container engine here: the file is linted).
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class DeploymentTemplateTests
{
    private static readonly string Templates = Path.Combine(RepositoryPaths.Root, "deploymentTemplates");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_Teams_package_holds_a_schema_valid_manifest_and_both_icons_of_the_right_sizes()
    {
        var folder = Directory.CreateTempSubdirectory("tthc-teams-").FullName;
        var zip = Path.Combine(folder, "app.zip");
        var (code, output) = await RunAsync("bash", [Path.Combine(Templates, "teams", "package.sh"), "--bot-id", "6f1f3a2e-1b2c-4d5e-8f90-123456789abc",
            "--domain", "tthc.laichau.gov.vn", "--out", zip]);
        Assert.True(code == 0, output);

        using (var archive = ZipFile.OpenRead(zip))
        {
            Assert.Equal(["color.png", "manifest.json", "outline.png"], archive.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
            archive.ExtractToDirectory(folder);
        }

        var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "manifest.json"), Ct)).RootElement;
        Assert.Equal("6f1f3a2e-1b2c-4d5e-8f90-123456789abc", manifest.GetProperty("bots")[0].GetProperty("botId").GetString());
        Assert.Equal("tthc.laichau.gov.vn", manifest.GetProperty("validDomains")[0].GetString());
        Assert.Contains("hồ sơ của tôi", manifest.GetRawText());
        var valid = await NodeRunner.RunAsync("validate-manifest.mjs", [Path.Combine(folder, "manifest.json")], Ct);
        Assert.True(valid.ExitCode == 0, valid.Output);
        Assert.Contains("v1.30", valid.Output);

        var (width, height, pixels) = Png.Read(Path.Combine(folder, "color.png"));
        Assert.Equal((192, 192), (width, height));
        (width, height, pixels) = Png.Read(Path.Combine(folder, "outline.png"));
        Assert.Equal((32, 32), (width, height));
        // Teams' outline icon: white on transparent, nothing else.
        Assert.All(pixels, p => Assert.True(p == 0x00000000 || p == 0xFFFFFFFF, $"pixel {p:X8}"));
        Assert.Contains(pixels, p => p == 0xFFFFFFFF);

        // The schema can say no: a short name longer than Teams' 30 characters.
        var broken = System.Text.Json.Nodes.JsonNode.Parse(manifest.GetRawText())!;
        broken["name"]!["short"] = "Trợ lý thủ tục hành chính nội bộ tỉnh";
        await File.WriteAllTextAsync(Path.Combine(folder, "broken.json"), broken.ToJsonString(), Ct);
        Assert.NotEqual(0, (await NodeRunner.RunAsync("validate-manifest.mjs", [Path.Combine(folder, "broken.json")], Ct)).ExitCode);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task The_icons_are_drawn_again_byte_for_byte_by_their_script()
    {
        var folder = Directory.CreateTempSubdirectory("tthc-icons-").FullName;
        var (code, output) = await RunAsync("node", [Path.Combine(Templates, "teams", "make-icons.mjs"), folder]);
        Assert.True(code == 0, output);
        foreach (var icon in new[] { "color.png", "outline.png" })
        {
            Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(Templates, "teams", icon), Ct), await File.ReadAllBytesAsync(Path.Combine(folder, icon), Ct));
        }

        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task The_Bicep_template_builds_to_the_shipped_ARM_template_with_every_setting_the_service_needs()
    {
        var (code, output) = await RunAsync(BicepCompiler.Path, ["build", Path.Combine(Templates, "azure", "main.bicep"), "--stdout"]);
        Assert.True(code == 0, output);
        var built = JsonDocument.Parse(output).RootElement;
        var shipped = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(Templates, "azure", "azuredeploy.json"), Ct)).RootElement;
        Assert.Equal(built.GetRawText(), shipped.GetRawText());

        Assert.Equal(
            ["appServiceSku", "baseName", "botAppId", "botAppPassword", "botAppType", "botSku", "botTenantId", "directLineTokenSecret", "location",
             "postgresAdminLogin", "postgresAdminPassword", "postgresSku", "postgresTier", "publicHostName", "signInClientId", "signInClientSecret"],
            built.GetProperty("parameters").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        foreach (var secret in new[] { "botAppPassword", "directLineTokenSecret", "postgresAdminPassword", "signInClientSecret" })
        {
            Assert.Equal("securestring", built.GetProperty("parameters").GetProperty(secret).GetProperty("type").GetString());
        }

        var resources = built.GetProperty("resources").EnumerateArray().ToList();
        var types = resources.Select(r => r.GetProperty("type").GetString()).ToList();
        Assert.Contains("Microsoft.BotService/botServices/channels", types);
        Assert.Contains("Microsoft.DBforPostgreSQL/flexibleServers", types);
        Assert.Contains("Microsoft.Storage/storageAccounts/fileServices/shares", types);
        var site = resources.Single(r => r.GetProperty("type").GetString() == "Microsoft.Web/sites").GetProperty("properties").GetProperty("siteConfig");
        Assert.Equal("DOTNETCORE|10.0", site.GetProperty("linuxFxVersion").GetString());
        Assert.Equal("/healthz/ready", site.GetProperty("healthCheckPath").GetString());
        var settings = site.GetProperty("appSettings").EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!, s => s.GetProperty("value").GetString() ?? "");
        foreach (var name in new[] { "MicrosoftAppId", "MicrosoftAppType", "MicrosoftAppTenantId", "Service__PublicBaseUrl", "DirectLine__PublicBaseUrl",
                     "WebChat__ProxyUserHeader", "WebChat__TrustedProxies__0", "Files__Folder" })
        {
            Assert.True(settings.ContainsKey(name), name);
        }

        Assert.Equal("PostgreSql", settings["Store__Provider"]);
        foreach (var fromVault in new[] { "MicrosoftAppPassword", "DirectLine__TokenSecret", "Store__ConnectionString" })
        {
            Assert.StartsWith("[format('@Microsoft.KeyVault(SecretUri=", settings[fromVault], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Nginx_accepts_the_proxy_configuration_with_a_certificate_made_now()
    {
        if (!File.Exists("/usr/sbin/nginx") || !File.Exists("/usr/bin/openssl"))
        {
            const string reason = "nginx or openssl is missing: apt-get install nginx-light openssl (.ci/run does).";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)) Assert.Fail(reason);
            Assert.Skip(reason);
        }

        var folder = Directory.CreateTempSubdirectory("tthc-nginx-").FullName;
        var (code, output) = await RunAsync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=tthc.example.gov.vn",
            "-keyout", Path.Combine(folder, "privkey.pem"), "-out", Path.Combine(folder, "fullchain.pem")]);
        Assert.True(code == 0, output);
        var site = (await File.ReadAllTextAsync(Path.Combine(Templates, "onprem", "nginx-internaltthc.conf"), Ct)).Replace("/etc/ssl/internaltthc", folder, StringComparison.Ordinal);
        await File.WriteAllTextAsync(Path.Combine(folder, "site.conf"), site, Ct);
        await File.WriteAllTextAsync(Path.Combine(folder, "nginx.conf"),
            $"pid {folder}/nginx.pid;\nerror_log {folder}/error.log;\nevents {{}}\nhttp {{\n access_log off;\n client_body_temp_path {folder};\n include {folder}/site.conf;\n}}\n", Ct);

        (code, output) = await RunAsync("/usr/sbin/nginx", ["-t", "-c", Path.Combine(folder, "nginx.conf"), "-p", folder]);
        Assert.True(code == 0, output);
        Assert.Contains("test is successful", output);
        // The client's own sign-in header never passes; the SSO gate's login does.
        Assert.Contains("proxy_set_header X-Forwarded-User \"\";", site);
        Assert.Contains("proxy_set_header X-Forwarded-User $sso_user;", site);
        Assert.Contains("proxy_set_header Upgrade $http_upgrade;", site);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task The_systemd_unit_is_hardened_and_the_Dockerfile_follows_the_image_rules()
    {
        var unit = await File.ReadAllTextAsync(Path.Combine(Templates, "onprem", "internaltthc@.service"), Ct);
        foreach (var line in new[] { "NoNewPrivileges=yes", "ProtectSystem=strict", "ReadWritePaths=/var/lib/internaltthc", "User=internaltthc", "PrivateTmp=yes" })
        {
            Assert.Contains(line, unit.Split('\n'));
        }

        var timer = await File.ReadAllTextAsync(Path.Combine(Templates, "onprem", "internaltthc-backup.service"), Ct);
        Assert.Contains("InternalTthc.Bot.dll backup create", timer);

        var docker = (await File.ReadAllLinesAsync(Path.Combine(Templates, "Dockerfile"), Ct)).Where(l => !l.TrimStart().StartsWith('#')).ToList();
        var froms = docker.Where(l => l.StartsWith("FROM ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, froms.Count);
        // Pinned to a version, never "latest" or a bare name.
        Assert.All(froms, f => Assert.Matches(@"^FROM \S+:\d+\.\d+\.\d+[\w.-]* AS \w+$", f));
        var user = docker.Last(l => l.StartsWith("USER ", StringComparison.Ordinal));
        Assert.DoesNotMatch(@"USER\s+(root|0)\b", user);
        Assert.Contains(docker, l => l.StartsWith("HEALTHCHECK ", StringComparison.Ordinal));
        Assert.Contains(docker, l => l.Contains("healthz/ready", StringComparison.Ordinal));
        Assert.Contains(docker, l => l.StartsWith("VOLUME ", StringComparison.Ordinal) && l.Contains("/data", StringComparison.Ordinal));
        Assert.DoesNotContain(docker, l => l.StartsWith("ENV", StringComparison.Ordinal) && System.Text.RegularExpressions.Regex.IsMatch(l, "(?i)password|secret|apppassword"));
        Assert.DoesNotContain(docker, l => System.Text.RegularExpressions.Regex.IsMatch(l, "(?i)(TokenSecret|MicrosoftAppPassword)="));
    }

    private static async Task<(int Code, string Output)> RunAsync(string file, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(Ct);
        var stderr = process.StandardError.ReadToEndAsync(Ct);
        await process.WaitForExitAsync(Ct);
        return (process.ExitCode, await stdout + await stderr);
    }
}
