using Render.Geometry.Numerics;

namespace Render.Geometry.Transforms;

/// <summary>
/// A transform's point mapping written once over <see cref="IDoubleLanes{TSelf}"/>, so that
/// <see cref="PointKernelIterator"/> runs the same operations per point and per vector of points.
/// Implemented by small readonly structs (so every call is specialised and inlined).
/// </summary>
internal interface IPointKernel
{
    /// <summary>The numbers the kernel reads (coefficients): handed over as lanes, broadcast once per batch.</summary>
    ReadOnlySpan<double> Parameters { get; }

    /// <summary>How many lanes of scratch space one evaluation needs.</summary>
    int ScratchLength { get; }

    /// <summary>Maps (x, y); <paramref name="parameters"/> are <see cref="Parameters"/> as lanes.</summary>
    (T X, T Y) Map<T>(T x, T y, ReadOnlySpan<T> parameters, Span<T> scratch)
        where T : unmanaged, IDoubleLanes<T>;
}
