namespace Render.Server.Errors;

/// <summary>
/// The stack's state refuses the operation (a write to a stack that is not LOADING, a change to a
/// READ_ONLY stack, a forbidden transition). Answered with 400 and render's message; render itself
/// answers some of these with 500 (an IllegalStateException), which its own documentation calls 400.
/// </summary>
public sealed class StackStateException : Exception
{
    public StackStateException(string message)
        : base(message)
    {
    }

    public StackStateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public StackStateException()
    {
    }
}
