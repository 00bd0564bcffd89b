using System.Text.Encodings.Web;
using System.Text.Json.Serialization.Metadata;

namespace Render.Model.Json;

/// <summary>
/// Reads and writes render's JSON documents. Reading is as lenient as render's (unknown fields
/// ignored, scalars coerced, the transform <c>type</c> anywhere) but strict JSON (no trailing commas,
/// no comments); a failure is a <see cref="ParseResult{T}"/> whose message names what is wrong and
/// where. Writing omits nulls, writes doubles as Java does (<c>2560.0</c>) and leaves non-ASCII text
/// and characters such as <c>+</c> unescaped, as Jackson does.
/// </summary>
/// <remarks>
/// Supported document types are those registered in <c>RenderJsonContext</c> (every model type and
/// lists of the main ones). Thread-safe.
/// </remarks>
public static class RenderJson
{
    private static readonly JsonSerializerOptions CompactOptions = CreateOptions(indented: false);
    private static readonly JsonSerializerOptions IndentedOptions = CreateOptions(indented: true);

    /// <summary>The options behind <see cref="RenderJson"/> (compact output), for callers that
    /// (de)serialise through System.Text.Json themselves, such as ASP.NET Core.</summary>
    public static JsonSerializerOptions Options => CompactOptions;

    /// <summary>The source-generated metadata of <typeparamref name="T"/>.</summary>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a render document type.</exception>
    public static JsonTypeInfo<T> TypeInfo<T>() => (JsonTypeInfo<T>)CompactOptions.GetTypeInfo(typeof(T));

    /// <summary>Reads a <typeparamref name="T"/> from UTF-8 JSON.</summary>
    public static ParseResult<T> Parse<T>(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            return NotNull(JsonSerializer.Deserialize(SkipByteOrderMark(utf8Json), TypeInfo<T>()));
        }
        catch (JsonException e)
        {
            return ParseResult<T>.ForError(JsonErrorMessage.For(typeof(T), e));
        }
    }

    /// <summary>Reads a <typeparamref name="T"/> from JSON text.</summary>
    public static ParseResult<T> Parse<T>(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return NotNull(JsonSerializer.Deserialize(json, TypeInfo<T>()));
        }
        catch (JsonException e)
        {
            return ParseResult<T>.ForError(JsonErrorMessage.For(typeof(T), e));
        }
    }

    /// <summary>Reads a <typeparamref name="T"/> from a UTF-8 JSON stream without buffering the text.</summary>
    public static async ValueTask<ParseResult<T>> ParseAsync<T>(Stream utf8Json, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        try
        {
            return NotNull(await JsonSerializer.DeserializeAsync(utf8Json, TypeInfo<T>(), cancellationToken).ConfigureAwait(false));
        }
        catch (JsonException e)
        {
            return ParseResult<T>.ForError(JsonErrorMessage.For(typeof(T), e));
        }
    }

    /// <summary>Writes <paramref name="value"/> as JSON text, compact or indented.</summary>
    public static string Serialize<T>(T value, bool indented = false) =>
        JsonSerializer.Serialize(value, (JsonTypeInfo<T>)(indented ? IndentedOptions : CompactOptions).GetTypeInfo(typeof(T)));

    /// <summary>Writes <paramref name="value"/> as compact UTF-8 JSON.</summary>
    public static byte[] SerializeToUtf8Bytes<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, TypeInfo<T>());

    /// <summary>Writes <paramref name="value"/> to <paramref name="writer"/> (for streaming many documents into one response).</summary>
    public static void Serialize<T>(Utf8JsonWriter writer, T value) => JsonSerializer.Serialize(writer, value, TypeInfo<T>());

    /// <summary>Writes <paramref name="value"/> as compact UTF-8 JSON to <paramref name="utf8Json"/>.</summary>
    public static Task SerializeAsync<T>(Stream utf8Json, T value, CancellationToken cancellationToken) =>
        JsonSerializer.SerializeAsync(utf8Json, value, TypeInfo<T>(), cancellationToken);

    private static JsonSerializerOptions CreateOptions(bool indented)
    {
        var options = new JsonSerializerOptions(RenderJsonContext.Default.Options)
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            WriteIndented = indented,
            TypeInfoResolver = RenderJsonContext.Default,
        };
        options.MakeReadOnly();
        return options;
    }

    private static ReadOnlySpan<byte> SkipByteOrderMark(ReadOnlySpan<byte> utf8Json) =>
        utf8Json.StartsWith("\uFEFF"u8) ? utf8Json[3..] : utf8Json;

    private static ParseResult<T> NotNull<T>(T? value) =>
        value is null ? ParseResult<T>.ForError($"invalid {JsonErrorMessage.DocumentName(typeof(T))} JSON: the document is null") : ParseResult<T>.ForValue(value);
}
