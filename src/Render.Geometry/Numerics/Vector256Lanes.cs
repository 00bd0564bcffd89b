using System.Runtime.Intrinsics;

namespace Render.Geometry.Numerics;

/// <summary>Four doubles in a 256-bit vector as <see cref="IDoubleLanes{TSelf}"/>: the batch path of a shared kernel.</summary>
internal readonly record struct Vector256Lanes(Vector256<double> Value) : IDoubleLanes<Vector256Lanes>
{
    public static Vector256Lanes Broadcast(double value) => new(Vector256.Create(value));

    public static Vector256Lanes operator +(Vector256Lanes left, Vector256Lanes right) => new(left.Value + right.Value);

    public static Vector256Lanes operator -(Vector256Lanes left, Vector256Lanes right) => new(left.Value - right.Value);

    public static Vector256Lanes operator *(Vector256Lanes left, Vector256Lanes right) => new(left.Value * right.Value);

    public static Vector256Lanes operator /(Vector256Lanes left, Vector256Lanes right) => new(left.Value / right.Value);
}
