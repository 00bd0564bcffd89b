namespace Render.Geometry.Fitting;

/// <summary>
/// Points that cannot determine a model: too few of them, or degenerate ones (mpicbg's
/// <c>NotEnoughDataPointsException</c> and <c>IllDefinedDataPointsException</c>). The message says which.
/// </summary>
public sealed class FitException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    public FitException(string message)
        : base(message)
    {
    }
}
