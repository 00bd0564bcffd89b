namespace Render.Geometry.Transforms;

/// <summary>
/// Transforms applied in order, element 0 first (mpicbg's <c>CoordinateTransformList</c>). The
/// inverse exists when every element has one: the elements are undone in reverse order.
/// </summary>
public sealed class CoordinateTransformList : IInvertibleCoordinateTransform
{
    private readonly ICoordinateTransform[] _transforms;

    /// <summary>Creates the list.</summary>
    public CoordinateTransformList(IEnumerable<ICoordinateTransform> transforms)
    {
        ArgumentNullException.ThrowIfNull(transforms);
        _transforms = [.. transforms];
        if (_transforms.Any(transform => transform is null))
        {
            throw new ArgumentException("a transform list cannot hold null elements", nameof(transforms));
        }

        IsInvertible = _transforms.All(transform => transform is IInvertibleCoordinateTransform);
    }

    /// <summary>The elements, in the order they are applied.</summary>
    public IReadOnlyList<ICoordinateTransform> Transforms => _transforms;

    /// <summary>True when every element has an inverse.</summary>
    public bool IsInvertible { get; }

    /// <inheritdoc/>
    public void ApplyInPlace(ref double x, ref double y)
    {
        foreach (var transform in _transforms)
        {
            transform.ApplyInPlace(ref x, ref y);
        }
    }

    /// <inheritdoc/>
    public void ApplyInPlace(Span<double> x, Span<double> y)
    {
        AffineKernel.RequireSameLength(x, y);
        foreach (var transform in _transforms)
        {
            transform.ApplyInPlace(x, y);
        }
    }

    /// <inheritdoc/>
    public void ApplyInverseInPlace(ref double x, ref double y)
    {
        for (var i = _transforms.Length - 1; i >= 0; i--)
        {
            Invertible(i).ApplyInverseInPlace(ref x, ref y);
        }
    }

    /// <inheritdoc/>
    public void ApplyInverseInPlace(Span<double> x, Span<double> y)
    {
        AffineKernel.RequireSameLength(x, y);
        for (var i = _transforms.Length - 1; i >= 0; i--)
        {
            Invertible(i).ApplyInverseInPlace(x, y);
        }
    }

    private IInvertibleCoordinateTransform Invertible(int index) =>
        _transforms[index] as IInvertibleCoordinateTransform
        ?? throw new NoninvertibleTransformException(
            $"transform {index} of the list ({(_transforms[index] as IRenderTransform)?.ClassName ?? _transforms[index].GetType().Name}) has no inverse");
}
