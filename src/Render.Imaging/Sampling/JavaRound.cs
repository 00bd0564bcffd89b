using System.Runtime.CompilerServices;

namespace Render.Imaging.Sampling;

/// <summary>Java's rounding rules on the hot path (see Render.Geometry's JavaMath for the general forms).</summary>
internal static class JavaRound
{
    /// <summary><c>(int) Math.round(v)</c> for finite non-negative values: ties go up, no addition error.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int NonNegative(double value)
    {
        var floor = (int)value;
        return value - floor >= 0.5 ? floor + 1 : floor;
    }

    /// <summary>ImageJ's <c>setf</c> for byte and short: <c>(int)(f + 0.5f)</c> in float arithmetic.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int SetF(float value) => (int)(value + 0.5f);
}
