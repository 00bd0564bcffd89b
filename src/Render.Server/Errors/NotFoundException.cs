namespace Render.Server.Errors;

/// <summary>The addressed stack, tile, transform or section does not exist (404, as render's ObjectNotFoundException).</summary>
public sealed class NotFoundException : Exception
{
    public NotFoundException(string message)
        : base(message)
    {
    }

    public NotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public NotFoundException()
    {
    }
}
