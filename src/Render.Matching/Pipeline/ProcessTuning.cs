using OpenCvSharp;

namespace Render.Matching.Pipeline;

/// <summary>
/// Process-wide settings for a process whose work is point matching (<c>render point-match</c>):
/// the C heap keeps large freed blocks (<see cref="NativeHeap"/>), and OpenCV runs each call on the
/// calling thread when the pipeline's workers already fill the cores. OpenCV's own threads then only
/// wait and spin for one another: with one OpenCV thread 24 montage pairs took 3.00–3.08 s against
/// 3.10–3.22 s with its default of one per core (docs/BENCHMARKS.md, "Point matching through the CLI").
/// Not for a process that does other work too (the service): both settings are global.
/// </summary>
public static class ProcessTuning
{
    /// <summary>Tunes this process for a pipeline of <paramref name="workers"/> workers (≤ 0: one per core).</summary>
    public static void ForPointMatching(int workers)
    {
        NativeHeap.RetainFreedMemory();
        if ((workers > 0 ? workers : Environment.ProcessorCount) >= Environment.ProcessorCount)
        {
            Cv2.SetNumThreads(1);
        }
    }
}
