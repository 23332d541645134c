using BenchmarkDotNet.Running;

// Ratios, not seconds, are the result: every benchmark runs both backends in the same process and run.
BenchmarkSwitcher.FromAssembly(typeof(RobustMem.Benchmarks.LinearAlgebraBenchmarks).Assembly).Run(args);
