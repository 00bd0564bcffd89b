using System.Runtime.CompilerServices;

namespace Render.Imaging.Sampling;

/// <summary>Java's rounding rules on the hot path (see Render.Geometry's JavaMath for the general forms).</summary>
internal static class JavaRound
{
    /// <summary>
    /// <c>(int) Math.round(v)</c> for finite non-negative values: ties go up, no addition error. The
    /// fraction test adds 0 or 1 without a branch: on image data it is a coin toss, and a
    /// mispredicted branch per pixel cost more than the rest of the bilinear read.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int NonNegative(double value)
    {
        var floor = (int)value;
        return floor + (value - floor >= 0.5 ? 1 : 0);
    }

    /// <summary>ImageJ's <c>setf</c> for byte and short: <c>(int)(f + 0.5f)</c> in float arithmetic.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int SetF(float value) => (int)(value + 0.5f);
}
