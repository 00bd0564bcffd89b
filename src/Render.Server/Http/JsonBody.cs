namespace Render.Server.Http;

/// <summary>
/// A handler parameter bound from a JSON request body with render's model and its lenient parser
/// (<see cref="RequestBody.ReadJsonAsync{T}"/>): <see cref="Value"/> is null for an empty body or a
/// JSON null, and a body that does not parse is a 400 with the parser's message.
/// </summary>
internal sealed class JsonBody<T>
    where T : class
{
    private JsonBody(T? value) => Value = value;

    /// <summary>The parsed body, or null.</summary>
    public T? Value { get; }

    /// <summary>Called by minimal APIs to bind the parameter.</summary>
    public static async ValueTask<JsonBody<T>?> BindAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new JsonBody<T>(await context.Request.ReadJsonAsync<T>(context.RequestAborted).ConfigureAwait(false));
    }
}
