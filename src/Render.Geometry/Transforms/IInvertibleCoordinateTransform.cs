namespace Render.Geometry.Transforms;

/// <summary>A coordinate transform with an inverse (mpicbg's <c>InvertibleCoordinateTransform</c>).</summary>
public interface IInvertibleCoordinateTransform : ICoordinateTransform
{
    /// <summary>Maps (<paramref name="x"/>, <paramref name="y"/>) back in place.</summary>
    /// <exception cref="NoninvertibleTransformException">The transform has no inverse at this point.</exception>
    void ApplyInverseInPlace(ref double x, ref double y);

    /// <summary>Maps every point back in place.</summary>
    /// <exception cref="NoninvertibleTransformException">The transform has no inverse at some point.</exception>
    void ApplyInverseInPlace(Span<double> x, Span<double> y)
    {
        if (x.Length != y.Length)
        {
            throw new ArgumentException($"{x.Length} x values but {y.Length} y values");
        }

        for (var i = 0; i < x.Length; i++)
        {
            ApplyInverseInPlace(ref x[i], ref y[i]);
        }
    }
}
