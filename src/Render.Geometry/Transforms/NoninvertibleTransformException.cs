namespace Render.Geometry.Transforms;

/// <summary>A point cannot be mapped back (mpicbg's <c>NoninvertibleModelException</c>).</summary>
public sealed class NoninvertibleTransformException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public NoninvertibleTransformException(string message)
        : base(message)
    {
    }
}
