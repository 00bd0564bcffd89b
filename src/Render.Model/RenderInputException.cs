namespace Render.Model;

/// <summary>
/// Input from a user (a request body, a path value, a file) that render rejects. The message is
/// written for that user and is safe to send back: the service answers it with HTTP 400 and the
/// message as a plain-text body, as render-ws does for its <c>IllegalArgumentException</c>s.
/// </summary>
public class RenderInputException : ArgumentException
{
    /// <summary>Creates the exception with a message for the user.</summary>
    public RenderInputException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message for the user and the failure behind it.</summary>
    public RenderInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
