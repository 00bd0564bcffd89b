namespace Render.Geometry.Numerics;

/// <summary>One double as <see cref="IDoubleLanes{TSelf}"/>: the single-point path of a shared kernel.</summary>
internal readonly record struct DoubleLane(double Value) : IDoubleLanes<DoubleLane>
{
    public static DoubleLane Broadcast(double value) => new(value);

    public static DoubleLane operator +(DoubleLane left, DoubleLane right) => new(left.Value + right.Value);

    public static DoubleLane operator -(DoubleLane left, DoubleLane right) => new(left.Value - right.Value);

    public static DoubleLane operator *(DoubleLane left, DoubleLane right) => new(left.Value * right.Value);

    public static DoubleLane operator /(DoubleLane left, DoubleLane right) => new(left.Value / right.Value);
}
