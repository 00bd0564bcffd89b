namespace Render.Geometry.Transforms;

/// <summary>
/// A data string that does not describe a transform of its class (render throws
/// <c>IllegalArgumentException</c> or <c>NumberFormatException</c> from <c>init</c>); the message
/// names the class and what is wrong.
/// </summary>
public sealed class TransformDataException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public TransformDataException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the failure behind it.</summary>
    public TransformDataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
