using System.Runtime.InteropServices;
using MathNet.Numerics.LinearAlgebra;

namespace RobustMem.LinearAlgebra;

/// <summary>Dense operations through Debian's OpenBLAS (CBLAS + LAPACK), via <see cref="SafeNativeMethods"/>.</summary>
internal sealed unsafe class NativeLinearAlgebra : ILinearAlgebra
{
    private static readonly Lazy<bool> Loadable = new(() =>
    {
        if (!NativeLibrary.TryLoad(SafeNativeMethods.Library, out var handle)) return false;
        // A libopenblas without LAPACK symbols would fail at the first SVD; check now instead.
        return NativeLibrary.TryGetExport(handle, "dgesdd_", out _) && NativeLibrary.TryGetExport(handle, "cblas_dgemm", out _);
    });

    public static readonly NativeLinearAlgebra Instance = new();

    // Before anything of this class can load libopenblas (KernelChoice says why).
    static NativeLinearAlgebra() => KernelChoice.PinBeforeLoad();

    /// <summary>True when libopenblas.so.0 loads and exports the routines we call.</summary>
    public static bool IsAvailable() => Loadable.Value;

    public string Name => "openblas";

    private static double[] Array(Matrix<double> m) => m.AsColumnMajorArray() ?? m.ToColumnMajorArray();

    public Matrix<double> Multiply(Matrix<double> a, bool transposeA, Matrix<double> b, bool transposeB)
    {
        int m = transposeA ? a.ColumnCount : a.RowCount;
        int k = transposeA ? a.RowCount : a.ColumnCount;
        int kb = transposeB ? b.ColumnCount : b.RowCount;
        int n = transposeB ? b.RowCount : b.ColumnCount;
        if (k != kb) throw new ArgumentException($"Multiply: inner dimensions differ ({k} vs {kb}).");
        var c = new double[(long)m * n];
        if (m == 0 || n == 0) return Matrix<double>.Build.Dense(m, n, c);
        fixed (double* pa = Array(a), pb = Array(b), pc = c)
        {
            SafeNativeMethods.Dgemm(SafeNativeMethods.ColMajor,
                transposeA ? SafeNativeMethods.Trans : SafeNativeMethods.NoTrans,
                transposeB ? SafeNativeMethods.Trans : SafeNativeMethods.NoTrans,
                m, n, k, 1.0, pa, Math.Max(1, a.RowCount), pb, Math.Max(1, b.RowCount), 0.0, pc, Math.Max(1, m));
        }
        return Matrix<double>.Build.Dense(m, n, c);
    }

    public Matrix<double> OuterGram(Matrix<double> a)
    {
        int n = a.RowCount, k = a.ColumnCount;
        var c = new double[(long)n * n];
        if (n > 0)
        {
            fixed (double* pa = Array(a), pc = c)
            {
                SafeNativeMethods.Dsyrk(SafeNativeMethods.ColMajor, SafeNativeMethods.Lower, SafeNativeMethods.NoTrans,
                    n, k, 1.0, pa, Math.Max(1, n), 0.0, pc, Math.Max(1, n));
            }
            // dsyrk fills one triangle only; mirror it so callers see a full matrix.
            for (int j = 0; j < n; j++)
                for (int i = j + 1; i < n; i++)
                    c[(long)i * n + j] = c[(long)j * n + i];
        }
        return Matrix<double>.Build.Dense(n, n, c);
    }

    public ThinSvd Svd(Matrix<double> a)
    {
        int m = a.RowCount, n = a.ColumnCount, r = Math.Min(m, n);
        var work = a.ToColumnMajorArray(); // dgesdd destroys its input
        var s = new double[r];
        var u = new double[(long)m * r];
        var vt = new double[(long)r * n];
        if (r > 0)
        {
            byte jobz = (byte)'S';
            int lda = Math.Max(1, m), ldu = Math.Max(1, m), ldvt = Math.Max(1, r), info = 0, lwork = -1;
            var iwork = new int[8 * r];
            double query = 0;
            fixed (double* pa = work, ps = s, pu = u, pvt = vt)
            fixed (int* piw = iwork)
            {
                SafeNativeMethods.Dgesdd(&jobz, &m, &n, pa, &lda, ps, pu, &ldu, pvt, &ldvt, &query, &lwork, piw, &info, 1);
                Check("dgesdd (workspace query)", info);
                lwork = (int)query;
                var buffer = new double[lwork];
                fixed (double* pw = buffer)
                    SafeNativeMethods.Dgesdd(&jobz, &m, &n, pa, &lda, ps, pu, &ldu, pvt, &ldvt, pw, &lwork, piw, &info, 1);
                Check("dgesdd", info);
            }
        }
        return new ThinSvd(Matrix<double>.Build.Dense(m, r, u), Vector<double>.Build.Dense(s), Matrix<double>.Build.Dense(r, n, vt));
    }

    public LeastSquares MinNormLeastSquares(Matrix<double> a, Vector<double> b, double rcond)
    {
        int m = a.RowCount, n = a.ColumnCount, r = Math.Min(m, n);
        if (b.Count != m) throw new ArgumentException($"MinNormLeastSquares: b has {b.Count} entries, A has {m} rows.");
        var work = a.ToColumnMajorArray(); // dgelsd destroys A
        int ldb = Math.Max(1, Math.Max(m, n));
        var rhs = new double[ldb];
        for (int i = 0; i < m; i++) rhs[i] = b[i];
        var s = new double[r];
        int rank = 0;
        if (r > 0)
        {
            int nrhs = 1, lda = Math.Max(1, m), info = 0, lwork = -1, iquery = 0;
            double query = 0;
            fixed (double* pa = work, pb = rhs, ps = s)
            {
                SafeNativeMethods.Dgelsd(&m, &n, &nrhs, pa, &lda, pb, &ldb, ps, &rcond, &rank, &query, &lwork, &iquery, &info);
                Check("dgelsd (workspace query)", info);
                lwork = (int)query;
                var buffer = new double[lwork];
                // dgelsd takes no LIWORK: it trusts the array to be as long as the query said. A canary after the
                // queried length turns a wrong size into an error here instead of a silently corrupted managed heap.
                int length = Math.Max(1, iquery);
                var iwork = new int[length + IworkCanary];
                iwork.AsSpan(length).Fill(CanaryValue);
                fixed (double* pw = buffer)
                fixed (int* piw = iwork)
                    SafeNativeMethods.Dgelsd(&m, &n, &nrhs, pa, &lda, pb, &ldb, ps, &rcond, &rank, pw, &lwork, piw, &info);
                Check("dgelsd", info);
                if (iwork.AsSpan(length).IndexOfAnyExcept(CanaryValue) >= 0)
                    throw new InvalidOperationException($"dgelsd wrote past its integer workspace of {length} (a bug in the interop layer).");
            }
        }
        return new LeastSquares(Vector<double>.Build.Dense(n, i => rhs[i]), Vector<double>.Build.Dense(s), rank);
    }

    private const int IworkCanary = 64, CanaryValue = unchecked((int)0xC0FFEE11);

    public FullRankLeastSquares? QrLeastSquares(Matrix<double> a, Vector<double> b)
    {
        int rows = a.RowCount, columns = a.ColumnCount;
        if (b.Count != rows) throw new ArgumentException($"QrLeastSquares: b has {b.Count} entries, A has {rows} rows.");
        bool tall = rows >= columns;
        // Factor the tall one of A and Aᵀ: (m', r) with m' ≥ r.
        var f = tall ? a.ToColumnMajorArray() : a.Transpose().ToColumnMajorArray();
        int m = tall ? rows : columns, r = tall ? columns : rows;
        var x = new double[m];
        if (r == 0) return new FullRankLeastSquares(Vector<double>.Build.Dense(columns), Matrix<double>.Build.Dense(0, 0));
        var tau = new double[r];
        fixed (double* pf = f, pt = tau)
        {
            Factor(pf, m, r, pt);
            var inverse = new double[(long)r * r];
            for (int j = 0; j < r; j++)
                for (int i = 0; i <= j; i++) inverse[(long)j * r + i] = f[(long)j * m + i];
            if (!InvertUpper(inverse, r)) return null;
            fixed (double* px = x)
            {
                if (tall)
                {
                    // x = R⁻¹ (Qᵀb)[:r]
                    for (int i = 0; i < m; i++) x[i] = b[i];
                    ApplyQ(pf, m, r, pt, px, transpose: true);
                    SolveUpper(pf, m, r, px, transpose: false);
                    return new FullRankLeastSquares(Vector<double>.Build.Dense(r, i => x[i]), Matrix<double>.Build.Dense(r, r, inverse));
                }
                // Aᵀ = QR, so A = RᵀQᵀ and the minimum-norm solution of Ax = b is x = Q (R⁻ᵀ b).
                for (int i = 0; i < r; i++) x[i] = b[i];
                SolveUpper(pf, m, r, px, transpose: true);
                ApplyQ(pf, m, r, pt, px, transpose: false);
                return new FullRankLeastSquares(Vector<double>.Build.Dense(x), Matrix<double>.Build.Dense(r, r, inverse));
            }
        }
    }

    private static void Factor(double* a, int m, int n, double* tau)
    {
        int lda = m, info = 0, lwork = -1;
        double query = 0;
        SafeNativeMethods.Dgeqrf(&m, &n, a, &lda, tau, &query, &lwork, &info);
        Check("dgeqrf (workspace query)", info);
        lwork = Math.Max(1, (int)query);
        var work = new double[lwork];
        fixed (double* pw = work) SafeNativeMethods.Dgeqrf(&m, &n, a, &lda, tau, pw, &lwork, &info);
        Check("dgeqrf", info);
    }

    // c ← Q c or Qᵀ c for the m×m Q of a factored m×k matrix.
    private static void ApplyQ(double* a, int m, int k, double* tau, double* c, bool transpose)
    {
        byte side = (byte)'L', trans = transpose ? (byte)'T' : (byte)'N';
        int one = 1, lda = m, ldc = m, info = 0, lwork = -1;
        double query = 0;
        SafeNativeMethods.Dormqr(&side, &trans, &m, &one, &k, a, &lda, tau, c, &ldc, &query, &lwork, &info, 1, 1);
        Check("dormqr (workspace query)", info);
        lwork = Math.Max(1, (int)query);
        var work = new double[lwork];
        fixed (double* pw = work) SafeNativeMethods.Dormqr(&side, &trans, &m, &one, &k, a, &lda, tau, c, &ldc, pw, &lwork, &info, 1, 1);
        Check("dormqr", info);
    }

    // x[:r] ← R⁻¹ x[:r] (or R⁻ᵀ), R the upper triangle of the factored m×r matrix; the caller has checked R's pivots.
    private static void SolveUpper(double* a, int m, int r, double* x, bool transpose)
    {
        byte uplo = (byte)'U', trans = transpose ? (byte)'T' : (byte)'N', diag = (byte)'N';
        int one = 1, lda = m, ldb = m, info = 0;
        SafeNativeMethods.Dtrtrs(&uplo, &trans, &diag, &r, &one, a, &lda, x, &ldb, &info, 1, 1, 1);
        Check("dtrtrs", info);
    }

    // In place; false when a diagonal entry is exactly zero (dtrtri's info > 0).
    private static bool InvertUpper(double[] upper, int r)
    {
        byte uplo = (byte)'U', diag = (byte)'N';
        int lda = r, info = 0;
        fixed (double* pu = upper) SafeNativeMethods.Dtrtri(&uplo, &diag, &r, pu, &lda, &info, 1, 1);
        if (info > 0) return false;
        Check("dtrtri", info);
        return true;
    }

    public SymmetricEigen Eigen(Matrix<double> symmetric)
    {
        int n = symmetric.RowCount;
        var a = symmetric.ToColumnMajorArray();
        var w = new double[n];
        if (n > 0)
        {
            byte jobz = (byte)'V', uplo = (byte)'L';
            int lda = n, info = 0, lwork = -1, liwork = -1, iquery = 0;
            double query = 0;
            fixed (double* pa = a, pw = w)
            {
                SafeNativeMethods.Dsyevd(&jobz, &uplo, &n, pa, &lda, pw, &query, &lwork, &iquery, &liwork, &info, 1, 1);
                Check("dsyevd (workspace query)", info);
                lwork = (int)query;
                liwork = iquery;
                var work = new double[lwork];
                var iwork = new int[liwork];
                fixed (double* pwork = work)
                fixed (int* piwork = iwork)
                    SafeNativeMethods.Dsyevd(&jobz, &uplo, &n, pa, &lda, pw, pwork, &lwork, piwork, &liwork, &info, 1, 1);
                Check("dsyevd", info);
            }
        }
        return new SymmetricEigen(Vector<double>.Build.Dense(w), Matrix<double>.Build.Dense(n, n, a));
    }

    public Matrix<double> Cholesky(Matrix<double> symmetric)
    {
        int n = symmetric.RowCount;
        var a = symmetric.ToColumnMajorArray();
        if (n > 0)
        {
            byte uplo = (byte)'L';
            int lda = n, info = 0;
            fixed (double* pa = a) SafeNativeMethods.Dpotrf(&uplo, &n, pa, &lda, &info, 1);
            if (info > 0) throw new ArgumentException($"Cholesky: matrix is not positive definite (leading minor {info}).");
            Check("dpotrf", info);
            // dpotrf leaves the strict upper triangle untouched; clear it so L is truly lower.
            for (int j = 1; j < n; j++)
                for (int i = 0; i < j; i++)
                    a[(long)j * n + i] = 0;
        }
        return Matrix<double>.Build.Dense(n, n, a);
    }

    public Matrix<double> SolveLower(Matrix<double> lower, Matrix<double> b, bool transpose)
    {
        int m = b.RowCount, n = b.ColumnCount;
        var x = b.ToColumnMajorArray();
        if (m > 0 && n > 0)
        {
            fixed (double* pl = Array(lower), px = x)
                SafeNativeMethods.Dtrsm(SafeNativeMethods.ColMajor, SafeNativeMethods.Left, SafeNativeMethods.Lower,
                    transpose ? SafeNativeMethods.Trans : SafeNativeMethods.NoTrans, SafeNativeMethods.NonUnit,
                    m, n, 1.0, pl, Math.Max(1, m), px, Math.Max(1, m));
        }
        return Matrix<double>.Build.Dense(m, n, x);
    }

    internal static void Check(string routine, int info)
    {
        if (info < 0) throw new InvalidOperationException($"{routine}: argument {-info} was invalid (a bug in the interop layer).");
        if (info > 0) throw new InvalidOperationException($"{routine}: did not converge (info = {info}).");
    }
}
