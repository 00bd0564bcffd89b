namespace Render.Server.Http;

/// <summary>
/// The responses render-ws gives, as typed results: JSON written with render's model, 201 + Location
/// for create-style calls, an empty 200 for other mutations, 204 for a null GET, text/plain for
/// String results, and streamed JSON arrays for large results.
/// </summary>
internal static class RenderResults
{
    public static JsonValueResult<T> Json<T>(T value) => new(value);

    /// <summary>A list written as a JSON array of its elements (element types are the registered ones).</summary>
    public static JsonArrayResult<T> Json<T>(IReadOnlyList<T> items) => new(items.ToAsyncEnumerable());

    /// <summary>A JSON array of elements already serialised as UTF-8 JSON, copied as they are.</summary>
    public static SerializedJsonArrayResult SerializedJsonArray(IReadOnlyList<byte[]> elements) => new(elements);

    /// <summary>A JSON array written element by element as the sequence yields.</summary>
    public static JsonArrayResult<T> JsonArray<T>(IAsyncEnumerable<T> items) => new(items);

    /// <summary>text/plain written piece by piece as the sequence yields.</summary>
    public static TextStreamResult TextStream(IAsyncEnumerable<string> pieces) => new(pieces);

    /// <summary>A JSON value, or 204 when it is null.</summary>
    public static JsonOrNoContentResult<T> JsonOrNoContent<T>(T? value)
        where T : class => new(value);

    /// <summary>render's 201 Created with the request URI as Location and no body.</summary>
    public static CreatedAtRequestResult Created() => CreatedAtRequestResult.Instance;

    /// <summary>render's empty 200 for mutations.</summary>
    public static Ok Done() => TypedResults.Ok();

    /// <summary>A String result: text/plain, or 204 when it is null.</summary>
    public static PlainTextResult Text(string? text) => new(text);

    /// <summary>render's answer to a JSON validation: its sentence as text/plain, 200 when valid and 400 when not.</summary>
    public static ContentHttpResult Validation(Services.JsonValidationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return TypedResults.Text(result.Message, "text/plain", statusCode: result.Valid ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
    }

    /// <summary><see cref="Created"/> once <paramref name="change"/> has been made.</summary>
    public static async Task<CreatedAtRequestResult> CreatedAsync(Task change)
    {
        ArgumentNullException.ThrowIfNull(change);
        await change.ConfigureAwait(false);
        return Created();
    }

    /// <summary><see cref="Done"/> once <paramref name="change"/> has been made.</summary>
    public static async Task<Ok> DoneAsync(Task change)
    {
        ArgumentNullException.ThrowIfNull(change);
        await change.ConfigureAwait(false);
        return Done();
    }
}
