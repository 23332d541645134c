namespace RobustMem.Tests.LinearAlgebra;

/// <summary>Marks a test class that needs OpenBLAS.</summary>
public interface INeedsNativeBackend;
