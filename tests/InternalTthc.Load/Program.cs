using InternalTthc.Load;

// One command (README, "Performance"; LoadOptions.Usage, printed by --help): dotnet run -c Release --project tests/InternalTthc.Load -- [--scenarios ...] [--connections 64] [--seconds 10]
LoadOptions options;
try
{
    options = LoadOptions.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

var reports = await LoadHarness.RunAsync(options, Console.Out);
return reports.All(r => r.LatenciesMs.Count > 0 && r.Verdict?.Met != false) ? 0 : 1;
