using System.Runtime.InteropServices;

namespace RobustMem.LinearAlgebra;

/// <summary>Every P/Invoke into Debian's OpenBLAS (package libopenblas0-pthread), in one place.</summary>
/// <remarks>
/// MathNet's own OpenBLAS provider needs a wrapper library that is not shipped for Linux, so we call
/// the CBLAS and Fortran LAPACK symbols of libopenblas.so.0 directly. Fortran routines take every
/// argument by reference; the trailing <c>nint</c> arguments are gfortran's hidden string lengths.
/// </remarks>
internal static unsafe partial class SafeNativeMethods
{
    internal const string Library = "libopenblas.so.0";

    internal const int ColMajor = 102, NoTrans = 111, Trans = 112, Upper = 121, Lower = 122, Left = 141, NonUnit = 131;

    [LibraryImport(Library, EntryPoint = "cblas_dgemm")]
    internal static partial void Dgemm(int order, int transA, int transB, int m, int n, int k,
        double alpha, double* a, int lda, double* b, int ldb, double beta, double* c, int ldc);

    [LibraryImport(Library, EntryPoint = "cblas_dsyrk")]
    internal static partial void Dsyrk(int order, int uplo, int trans, int n, int k,
        double alpha, double* a, int lda, double beta, double* c, int ldc);

    [LibraryImport(Library, EntryPoint = "cblas_dtrsm")]
    internal static partial void Dtrsm(int order, int side, int uplo, int transA, int diag, int m, int n,
        double alpha, double* a, int lda, double* b, int ldb);

    [LibraryImport(Library, EntryPoint = "dgesdd_")]
    internal static partial void Dgesdd(byte* jobz, int* m, int* n, double* a, int* lda, double* s,
        double* u, int* ldu, double* vt, int* ldvt, double* work, int* lwork, int* iwork, int* info, nint jobzLength);

    [LibraryImport(Library, EntryPoint = "dgelsd_")]
    internal static partial void Dgelsd(int* m, int* n, int* nrhs, double* a, int* lda, double* b, int* ldb, double* s,
        double* rcond, int* rank, double* work, int* lwork, int* iwork, int* info);

    [LibraryImport(Library, EntryPoint = "dgeqrf_")]
    internal static partial void Dgeqrf(int* m, int* n, double* a, int* lda, double* tau, double* work, int* lwork, int* info);

    [LibraryImport(Library, EntryPoint = "dormqr_")]
    internal static partial void Dormqr(byte* side, byte* trans, int* m, int* n, int* k, double* a, int* lda, double* tau,
        double* c, int* ldc, double* work, int* lwork, int* info, nint sideLength, nint transLength);

    [LibraryImport(Library, EntryPoint = "dtrtrs_")]
    internal static partial void Dtrtrs(byte* uplo, byte* trans, byte* diag, int* n, int* nrhs, double* a, int* lda,
        double* b, int* ldb, int* info, nint uploLength, nint transLength, nint diagLength);

    [LibraryImport(Library, EntryPoint = "dtrtri_")]
    internal static partial void Dtrtri(byte* uplo, byte* diag, int* n, double* a, int* lda, int* info, nint uploLength, nint diagLength);

    [LibraryImport(Library, EntryPoint = "dsyevd_")]
    internal static partial void Dsyevd(byte* jobz, byte* uplo, int* n, double* a, int* lda, double* w,
        double* work, int* lwork, int* iwork, int* liwork, int* info, nint jobzLength, nint uploLength);

    [LibraryImport(Library, EntryPoint = "dpotrf_")]
    internal static partial void Dpotrf(byte* uplo, int* n, double* a, int* lda, int* info, nint uploLength);

    [LibraryImport(Library, EntryPoint = "openblas_get_num_threads")]
    internal static partial int GetNumThreads();
}
