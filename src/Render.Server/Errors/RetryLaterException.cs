namespace Render.Server.Errors;

/// <summary>
/// A request that could not be served now but may succeed if sent again (a stack changed by too many
/// requests at once): 503 with the message and <c>Retry-After</c>, which the client retries.
/// </summary>
public sealed class RetryLaterException : Exception
{
    public RetryLaterException(string message)
        : base(message)
    {
    }

    public RetryLaterException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public RetryLaterException()
    {
    }
}
