using BenchmarkDotNet.Running;

// Two console modes for bench/sensitivity_memory.sh (one process per point, so its peak RSS is the probe's), one that
// measures the default reproduce's false-verdict rate on unused seeds (FalseVerdicts); anything else goes to BenchmarkDotNet, whose ratios, not seconds, are the result: every benchmark runs both backends in the same run.
return args.FirstOrDefault() switch
{
    "sensitivity" => RobustMem.Benchmarks.SensitivityRun.Sensitivity(args[1..]),
    "rates" => RobustMem.Benchmarks.SensitivityRun.Rates(),
    "limits" => RobustMem.Benchmarks.RouteLimits.Run(args[1..]),
    "false-verdicts" => RobustMem.Benchmarks.FalseVerdicts.Run(args[1..]),
    _ => Run(args),
};

static int Run(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(RobustMem.Benchmarks.LinearAlgebraBenchmarks).Assembly).Run(args);
    return 0;
}
