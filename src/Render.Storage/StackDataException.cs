namespace Render.Storage;

/// <summary>
/// A stack's data does not allow the requested operation (for example, stats of a stack without
/// tiles). The message is meant for the user.
/// </summary>
public sealed class StackDataException : Exception
{
    public StackDataException(string message)
        : base(message)
    {
    }

    public StackDataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public StackDataException()
    {
    }
}
