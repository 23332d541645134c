using Xunit.Sdk;

namespace RobustMem.Tests.LinearAlgebra;

/// <summary>
/// A [Fact] that is skipped, visibly, in a class marked <see cref="INeedsNativeBackend"/> when libopenblas.so.0 is
/// missing, except under CI=true, where it runs and fails: CI must not silently test only the managed backend.
/// </summary>
/// <remarks>The decision needs the test's class, not the method's declaring class (the contract is inherited), so it is
/// made in a discoverer; xunit 2's runner does not honour SkipException.</remarks>
[XunitTestCaseDiscoverer("RobustMem.Tests.LinearAlgebra.BackendFactDiscoverer", "RobustMem.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class BackendFactAttribute : FactAttribute;
