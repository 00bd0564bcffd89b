using System.Runtime.InteropServices;

namespace Render.Geometry.Numerics;

/// <summary>
/// The monomials of two variables of total degree 1..d, each degree i as x<sup>i</sup>, x<sup>i−1</sup>y, ...,
/// y<sup>i</sup>: d(d + 3)/2 values. TrakEM2's lens features come in this order (for i = 1..d, j = i..0:
/// x<sup>j</sup>·y<sup>i−j</sup>), and so do mpicbg's polynomial terms after the constant.
/// </summary>
/// <remarks>
/// Each monomial is x<sup>j</sup>·y<sup>i−j</sup> with both powers made by repeated multiplication from 1
/// (x<sup>0</sup> = 1 exactly, x<sup>1</sup> = 1·x = x exactly). Java's lens code uses <c>Math.pow</c>, which is
/// within an ulp of the exact power; repeated products differ from it by at most a few ulp for the
/// small degrees used, and are several times faster.
/// </remarks>
internal static class Monomials
{
    // Degrees up to this keep their powers on the stack.
    public const int StackDegreeLimit = 64;

    /// <summary>The number of monomials of degree 1..<paramref name="degree"/>, d(d + 3)/2.</summary>
    public static int CountOf(int degree) => degree * (degree + 3) / 2;

    /// <summary>Writes the monomials of (<paramref name="x"/>, <paramref name="y"/>) up to <paramref name="degree"/> into <paramref name="monomials"/>.</summary>
    public static void Write(double x, double y, int degree, Span<double> monomials) =>
        Write(new DoubleLane(x), new DoubleLane(y), degree, MemoryMarshal.Cast<double, DoubleLane>(monomials));

    /// <summary>Writes the monomials of (<paramref name="x"/>, <paramref name="y"/>) up to <paramref name="degree"/>, lane by lane.</summary>
    public static void Write<T>(T x, T y, int degree, Span<T> monomials)
        where T : unmanaged, IDoubleLanes<T>
    {
        Span<T> xPowers = degree < StackDegreeLimit ? stackalloc T[degree + 1] : new T[degree + 1];
        Span<T> yPowers = degree < StackDegreeLimit ? stackalloc T[degree + 1] : new T[degree + 1];
        xPowers[0] = T.Broadcast(1);
        yPowers[0] = T.Broadcast(1);
        for (var e = 1; e <= degree; e++)
        {
            xPowers[e] = xPowers[e - 1] * x;
            yPowers[e] = yPowers[e - 1] * y;
        }

        var k = 0;
        for (var i = 1; i <= degree; i++)
        {
            for (var j = i; j >= 0; j--)
            {
                monomials[k++] = xPowers[j] * yPowers[i - j];
            }
        }
    }
}
