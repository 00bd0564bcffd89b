namespace Render.Geometry.Numerics;

/// <summary>
/// IEEE double arithmetic on one value or on several side by side, so that a transform's evaluation is
/// written once and run both per point and per vector of points: the same operations in the same
/// order give bitwise the same results on every lane (the single-point and batch paths agree by
/// construction). Implemented by small structs, so each use is specialised and inlined by the JIT.
/// </summary>
/// <remarks>No operation fuses a multiply and an add: render's Java evaluates them separately.</remarks>
internal interface IDoubleLanes<TSelf>
    where TSelf : unmanaged, IDoubleLanes<TSelf>
{
    /// <summary>Every lane set to <paramref name="value"/>.</summary>
    static abstract TSelf Broadcast(double value);

    /// <summary>Lane-wise sum.</summary>
    static abstract TSelf operator +(TSelf left, TSelf right);

    /// <summary>Lane-wise difference.</summary>
    static abstract TSelf operator -(TSelf left, TSelf right);

    /// <summary>Lane-wise product.</summary>
    static abstract TSelf operator *(TSelf left, TSelf right);

    /// <summary>Lane-wise quotient.</summary>
    static abstract TSelf operator /(TSelf left, TSelf right);
}
