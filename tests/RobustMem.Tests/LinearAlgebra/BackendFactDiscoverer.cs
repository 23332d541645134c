using RobustMem.LinearAlgebra;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace RobustMem.Tests.LinearAlgebra;

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
