namespace Render.Server.Http;

/// <summary>A handler parameter bound from the raw request body as text (render reads String bodies verbatim).</summary>
internal sealed class TextBody
{
    private TextBody(string value) => Value = value;

    /// <summary>The body, empty when there is none.</summary>
    public string Value { get; }

    /// <summary>Called by minimal APIs to bind the parameter.</summary>
    public static async ValueTask<TextBody?> BindAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new TextBody(await context.Request.ReadTextAsync(context.RequestAborted).ConfigureAwait(false));
    }
}
