namespace RobustMem.Data;

/// <summary>xoshiro256** with our own Gaussian sampler, so that a seed gives the same bytes on every platform and runtime.</summary>
public sealed class Rng
{
    private ulong _s0, _s1, _s2, _s3;
    private double? _spare;

    public Rng(ulong seed)
    {
        _s0 = SplitMix.Mix(seed);
        _s1 = SplitMix.Mix(_s0);
        _s2 = SplitMix.Mix(_s1);
        _s3 = SplitMix.Mix(_s2);
    }

    /// <summary>A generator in a given state, for the published test vectors.</summary>
    internal Rng(ulong s0, ulong s1, ulong s2, ulong s3) => (_s0, _s1, _s2, _s3) = (s0, s1, s2, s3);

    internal ulong NextUInt64()
    {
        ulong result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        ulong t = _s1 << 17;
        _s2 ^= _s0; _s3 ^= _s1; _s1 ^= _s2; _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform on [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Standard normal, by the polar Box–Muller method.</summary>
    public double NextGaussian()
    {
        if (_spare is { } spare) { _spare = null; return spare; }
        double u, v, s;
        do
        {
            u = 2 * NextDouble() - 1;
            v = 2 * NextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double f = Math.Sqrt(-2 * Math.Log(s) / s);
        _spare = v * f;
        return u * f;
    }
}
