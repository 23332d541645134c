namespace RobustMem.Cli.Laws;

/// <summary>What a run of <c>robustmem laws</c> was: the seed every regime took and the linear-algebra backend.</summary>
internal sealed record LawsRun(int Seed, string Backend);
