namespace Render.Imaging.Codecs.Loading;

/// <summary>An image location the server is not allowed to read (outside the configured roots, or an unsupported scheme).</summary>
public sealed class ImageAccessException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ImageAccessException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public ImageAccessException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public ImageAccessException()
    {
    }
}
