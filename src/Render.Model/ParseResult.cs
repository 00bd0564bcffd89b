namespace Render.Model;

/// <summary>
/// The outcome of reading user input (a JSON document, a name): either a value or a message that
/// says what is wrong with the input. Bad input is expected, so it is a value, not an exception;
/// <see cref="GetValueOrThrow"/> turns it into a <see cref="RenderInputException"/> where a caller
/// prefers to throw.
/// </summary>
/// <typeparam name="T">The type of the value read.</typeparam>
public sealed class ParseResult<T>
{
    private readonly T? _value;

    private ParseResult(T? value, string? error)
    {
        _value = value;
        Error = error;
    }

    /// <summary>True when the input was valid and <see cref="Value"/> holds the result.</summary>
    public bool Success => Error is null;

    /// <summary>The message describing what is wrong with the input, or null on success.</summary>
    public string? Error { get; }

    /// <summary>The value read.</summary>
    /// <exception cref="InvalidOperationException">The input was not valid.</exception>
    public T Value => Success ? _value! : throw new InvalidOperationException($"no value: {Error}");

    /// <summary>A successful result.</summary>
    public static ParseResult<T> ForValue(T value) => new(value, null);

    /// <summary>A failed result with a message for the user.</summary>
    public static ParseResult<T> ForError(string message)
    {
        ArgumentException.ThrowIfNullOrEmpty(message);
        return new ParseResult<T>(default, message);
    }

    /// <summary>The value, or a <see cref="RenderInputException"/> carrying <see cref="Error"/>.</summary>
    public T GetValueOrThrow() => Success ? _value! : throw new RenderInputException(Error!);

    /// <summary>Applies <paramref name="map"/> to a successful value; a failure stays a failure.</summary>
    public ParseResult<TResult> Select<TResult>(Func<T, TResult> map) =>
        Success ? ParseResult<TResult>.ForValue(map(_value!)) : ParseResult<TResult>.ForError(Error!);
}
