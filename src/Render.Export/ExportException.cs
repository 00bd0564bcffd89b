namespace Render.Export;

/// <summary>
/// An export that cannot be done as asked: an unwritable output folder, a stack without bounds, an
/// image that cannot be read. The message names the file, folder, stack or tile, and is meant to be
/// shown as it is (the command line prints <c>render &lt;command&gt;: message</c>).
/// </summary>
public sealed class ExportException : Exception
{
    /// <summary>An exception with a message.</summary>
    public ExportException(string message)
        : base(message)
    {
    }

    /// <summary>An exception with a message and its cause.</summary>
    public ExportException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>An exception without a message (prefer the other constructors).</summary>
    public ExportException()
    {
    }
}
