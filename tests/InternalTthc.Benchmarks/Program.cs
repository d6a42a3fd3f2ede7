using BenchmarkDotNet.Running;

// Run: dotnet run -c Release --project tests/InternalTthc.Benchmarks -- --job short --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(InternalTthc.Benchmarks.LunarBenchmarks).Assembly).Run(args);
