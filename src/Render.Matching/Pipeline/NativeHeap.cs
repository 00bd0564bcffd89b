using System.Runtime.InteropServices;

namespace Render.Matching.Pipeline;

/// <summary>
/// The C heap's settings for a point-match process. OpenCV's SIFT allocates its scale space (a dozen
/// float images of a few megabytes each per canvas) and frees it again for every canvas; glibc
/// serves blocks that large with fresh <c>mmap</c>s and gives them back at once, so every canvas
/// paid for its pages again in page faults: 20% of a <c>render point-match</c> process's CPU was the
/// kernel's. Keeping large blocks in the heap and freed memory mapped took 24 montage pairs from
/// 3.98–4.43 s to 3.54–3.92 s (docs/BENCHMARKS.md, "Point matching through the CLI"). Process-wide
/// (<see cref="ProcessTuning"/>); a no-op where the C library is not glibc.
/// </summary>
internal static class NativeHeap
{
    // glibc's mallopt parameters (malloc.h).
    private const int TrimThreshold = -1;
    private const int MmapThreshold = -3;

    /// <summary>Serve blocks under 256 MB from the heap and keep up to 1 GB of freed memory mapped.</summary>
    public static void RetainFreedMemory()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        try
        {
            _ = Mallopt(MmapThreshold, 256 << 20);
            _ = Mallopt(TrimThreshold, 1 << 30);
        }
        catch (Exception error) when (error is DllNotFoundException or EntryPointNotFoundException)
        {
            // Not glibc (musl has neither the library name nor these knobs): nothing to tune.
        }
    }

    // DllImport, not LibraryImport: two ints need no marshalling, and this project has no unsafe code.
    [DllImport("libc.so.6", EntryPoint = "mallopt")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Mallopt(int parameter, int value);
}
