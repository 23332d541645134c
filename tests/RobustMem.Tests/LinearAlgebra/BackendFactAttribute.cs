using RobustMem.LinearAlgebra;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace RobustMem.Tests.LinearAlgebra;

/// <summary>Marks a test class that needs OpenBLAS.</summary>
public interface INeedsNativeBackend;

/// <summary>
/// A [Fact] that is skipped, visibly, in a class marked <see cref="INeedsNativeBackend"/> when libopenblas.so.0 is
/// missing, except under CI=true, where it runs and fails: CI must not silently test only the managed backend.
/// </summary>
/// <remarks>The decision needs the test's class, not the method's declaring class (the contract is inherited), so it is
/// made in a discoverer; xunit 2's runner does not honour SkipException.</remarks>
[XunitTestCaseDiscoverer("RobustMem.Tests.LinearAlgebra.BackendFactDiscoverer", "RobustMem.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class BackendFactAttribute : FactAttribute;

/// <summary>Discovers <see cref="BackendFactAttribute"/> tests, skipping native ones where OpenBLAS is absent outside CI.</summary>
public sealed class BackendFactDiscoverer(IMessageSink sink) : FactDiscoverer(sink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions options, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var type = testMethod.TestClass.Class.ToRuntimeType();
        if (typeof(INeedsNativeBackend).IsAssignableFrom(type) && !NativeLinearAlgebra.IsAvailable() && !NativeBackend.InCi)
            return [new XunitSkippedDataRowTestCase(DiagnosticMessageSink, options.MethodDisplayOrDefault(), options.MethodDisplayOptionsOrDefault(),
                testMethod, "libopenblas.so.0 is not installed (apt-get install libopenblas0-pthread); CI=true makes this a failure.", null)];
        return base.Discover(options, testMethod, factAttribute);
    }
}
